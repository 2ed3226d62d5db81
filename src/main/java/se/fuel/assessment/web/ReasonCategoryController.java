package se.fuel.assessment.web;

import java.util.List;
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
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;

/** The officers' list of reasons for rejection: add, rename, deactivate. */
@Controller
class ReasonCategoryController {

	private final Assessments assessments;

	ReasonCategoryController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/assessments/reasons")
	String list(Model model) {
		FormSubmission.show(model, List.of());
		return page(model, "");
	}

	@PostMapping("/assessments/reasons")
	String add(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			assessments.addReasonCategory(name);
			redirect.addFlashAttribute("saved", "assessment.reasons.saved");
			return "redirect:/assessments/reasons";
		}, () -> page(model, name));
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
			// The field of the row that was changed, so that the summary links to it.
			return FormSubmission.rejected(model, response,
					e.violations().stream().map(v -> v.at(v.field() + "-" + id)).toList(), () -> page(model, ""));
		}
		redirect.addFlashAttribute("saved", "assessment.reasons.saved");
		return "redirect:/assessments/reasons";
	}

	private String page(Model model, String name) {
		model.addAttribute("reasons", assessments.reasonCategories());
		model.addAttribute("name", name);
		return "assessment/reasons";
	}
}
