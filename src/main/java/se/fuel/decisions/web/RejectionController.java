package se.fuel.decisions.web;

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
import se.fuel.assessment.AssessmentView;
import se.fuel.assessment.Assessments;
import se.fuel.common.NotFoundException;
import se.fuel.common.web.FormSubmission;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.Allocations;

/**
 * "Föreslå avslag" from the allocation workbench: a page of its own, because the officer chooses a reason and writes
 * why, and should see beside it the criteria and areas the reason has to agree with.
 */
@Controller
class RejectionController {

	private final Allocations allocations;

	private final Assessments assessments;

	RejectionController(Allocations allocations, Assessments assessments) {
		this.allocations = allocations;
		this.assessments = assessments;
	}

	@GetMapping("/allocation/{year}/lines/{applicationId}/rejection")
	String form(@PathVariable int year, @PathVariable UUID applicationId, Model model) {
		AllocationLine line = line(year, applicationId);
		AssessmentView assessment = assessments.find(applicationId);
		FormSubmission.show(model, List.of());
		return page(year, line, assessment, Map.of("version", Long.toString(assessment.version()),
				"reasonCategoryId", assessment.reasonCategoryId() == null ? "" : assessment.reasonCategoryId().toString(),
				"motivation", assessment.reasonCategoryId() == null || assessment.motivation() == null ? ""
						: assessment.motivation()), model);
	}

	@PostMapping("/allocation/{year}/lines/{applicationId}/rejection")
	String reject(@PathVariable int year, @PathVariable UUID applicationId,
			@RequestParam(defaultValue = "") String reasonCategoryId, @RequestParam(defaultValue = "") String motivation,
			@RequestParam(defaultValue = "") String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AllocationLine line = line(year, applicationId);
		Map<String, String> typed = Map.of("version", version, "reasonCategoryId", reasonCategoryId,
				"motivation", motivation);
		return FormSubmission.submit(model, response, () -> {
			allocations.reject(year, applicationId, uuid(reasonCategoryId), motivation, number(version));
			redirect.addFlashAttribute("saved", "decisions.rejection.saved");
			return "redirect:/allocation/" + year + "#line-" + applicationId;
		}, () -> page(year, line, assessments.find(applicationId), typed, model));
	}

	private String page(int year, AllocationLine line, AssessmentView assessment, Map<String, String> form,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("line", line);
		model.addAttribute("assessment", assessment);
		model.addAttribute("form", form);
		model.addAttribute("reasons", assessments.reasonCategories().stream()
			.filter(r -> r.active() || r.id().toString().equals(form.get("reasonCategoryId"))).toList());
		return "decisions/rejection";
	}

	private AllocationLine line(int year, UUID applicationId) {
		return allocations.allocation(year).lines().stream().filter(l -> l.applicationId().equals(applicationId))
			.findFirst().orElseThrow(() -> new NotFoundException("application"));
	}

	/** A choice that is no category's id counts as none, so that the rule asking for a reason speaks. */
	private static UUID uuid(String typed) {
		try {
			return typed.isBlank() ? null : UUID.fromString(typed.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The version the form was opened at; none (no check) when missing or not a number. */
	private static Long number(String typed) {
		try {
			return typed.isBlank() ? null : Long.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
