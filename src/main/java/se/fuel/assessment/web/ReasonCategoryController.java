package se.fuel.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.assessment.Assessments;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/** The officers' list of reasons for rejection: add, rename, deactivate. */
@Controller
class ReasonCategoryController {

	private final Assessments assessments;

	ReasonCategoryController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/assessments/reasons")
	String list(Model model) {
		return page(model, List.of(), "");
	}

	@PostMapping("/assessments/reasons")
	String add(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			assessments.addReasonCategory(name);
		}
		catch (ViolationException e) {
			response.setStatus(422);
			return page(model, e.violations(), name);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/assessments/reasons";
	}

	@PostMapping("/assessments/reasons/{id}")
	String change(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "") String documentPhrase,
			Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			assessments.changeReasonCategory(id, name, active, documentPhrase);
		}
		catch (ViolationException e) {
			response.setStatus(422);
			// The field of the row that was changed, so that the summary links to it.
			var violations = e.violations().stream()
				.map(v -> new Violation(v.field() + "-" + id, v.rule(), v.message().toString())).toList();
			return page(model, violations, "");
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/assessments/reasons";
	}

	private String page(Model model, List<Violation> violations, String name) {
		var errors = new java.util.LinkedHashMap<String, List<String>>();
		violations.forEach(v -> errors.computeIfAbsent(v.field(), f -> new java.util.ArrayList<>()).add(v.message().toString()));
		model.addAttribute("reasons", assessments.reasonCategories());
		model.addAttribute("violations", violations);
		model.addAttribute("errors", errors);
		model.addAttribute("name", name);
		return "assessment/reasons";
	}
}
