package se.fuel.calls.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.Programmes;
import se.fuel.common.web.FormSubmission;

@Controller
class ProgrammeController {

	private final Programmes programmes;

	private final CallAdministration calls;

	private final Clock clock;

	ProgrammeController(Programmes programmes, CallAdministration calls, Clock clock) {
		this.programmes = programmes;
		this.calls = calls;
		this.clock = clock;
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
		return new CallFormat(clock.instant());
	}

	@GetMapping("/programmes")
	String list(Model model) {
		calls.requireOfficer();
		FormSubmission.show(model, List.of());
		return page(model, new ProgrammeForm());
	}

	@PostMapping("/programmes")
	String add(@ModelAttribute("form") ProgrammeForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			var added = programmes.add(form.getCode(), form.getName(), form.applicationForm());
			redirect.addFlashAttribute("added", added.code() + " – " + added.name());
			return "redirect:/programmes";
		}, () -> page(model, form));
	}

	private String page(Model model, ProgrammeForm form) {
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("form", form);
		model.addAttribute("forms", ApplicationForm.values());
		return "calls/programmes";
	}
}
