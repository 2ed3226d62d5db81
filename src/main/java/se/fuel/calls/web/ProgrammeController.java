package se.fuel.calls.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.internal.CallService;
import se.fuel.calls.internal.ProgrammeService;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

@Controller
class ProgrammeController {

	private final ProgrammeService programmes;

	private final CallService calls;

	ProgrammeController(ProgrammeService programmes, CallService calls) {
		this.programmes = programmes;
		this.calls = calls;
	}

	/** The programme form as typed. */
	static class ProgrammeForm {

		private String code;
		private String name;
		private String form;

		public String getCode() { return code; }
		public void setCode(String v) { code = v; }
		public String getName() { return name; }
		public void setName(String v) { name = v; }
		public String getForm() { return form; }
		public void setForm(String v) { form = v; }

		ApplicationForm applicationForm() {
			for (ApplicationForm f : ApplicationForm.values()) {
				if (f.name().equals(form)) {
					return f;
				}
			}
			return null;
		}
	}

	@ModelAttribute("fmt")
	CallFormat format() {
		return new CallFormat(Instant.now());
	}

	@GetMapping("/programmes")
	String list(Model model) {
		calls.requireOfficer();
		return page(model, new ProgrammeForm(), List.of());
	}

	@PostMapping("/programmes")
	String add(@ModelAttribute("form") ProgrammeForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			var added = programmes.add(form.getCode(), form.getName(), form.applicationForm());
			redirect.addFlashAttribute("added", added.code() + " – " + added.name());
			return "redirect:/programmes";
		}
		catch (ViolationException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, form, e.violations());
		}
	}

	private String page(Model model, ProgrammeForm form, List<Violation> violations) {
		Map<String, String> errors = new LinkedHashMap<>();
		violations.forEach(v -> errors.merge(v.field(), v.message().toString(), (a, b) -> a + " " + b));
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("form", form);
		model.addAttribute("forms", ApplicationForm.values());
		model.addAttribute("violations", violations);
		model.addAttribute("errors", errors);
		return "calls/programmes";
	}
}
