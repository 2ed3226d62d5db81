package se.fuel.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.assessment.Council;
import se.fuel.assessment.rules.EveryCriterionScored;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;

/** The council members' pages ("Mina granskningar") and the officer's council actions on the assessment page. */
@Controller
class CouncilController {

	private final Council council;

	CouncilController(Council council) {
		this.council = council;
	}

	@GetMapping("/council")
	String list(Model model) {
		model.addAttribute("assignments", council.myAssignments());
		return "assessment/council-list";
	}

	@GetMapping("/council/{applicationId}")
	String show(@PathVariable UUID applicationId, Model model) {
		Council.Review review = council.review(applicationId);
		var form = new LinkedHashMap<String, String>();
		for (int i = 0; i < review.mine().scores().size(); i++) {
			var s = review.mine().scores().get(i);
			form.put(EveryCriterionScored.scoreField(i), s.score() == null ? null : s.score().toString());
			form.put(EveryCriterionScored.commentField(i), s.comment());
		}
		FormSubmission.show(model, List.of());
		return page(review, form, model);
	}

	@PostMapping("/council/{applicationId}")
	String score(@PathVariable UUID applicationId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Council.Review review = council.review(applicationId);
		var form = new LinkedHashMap<String, String>();
		var scores = new ArrayList<Integer>();
		var comments = new ArrayList<String>();
		for (int i = 0; i < review.criteria().size(); i++) {
			String s = posted.getFirst(EveryCriterionScored.scoreField(i));
			String c = posted.getFirst(EveryCriterionScored.commentField(i));
			form.put(EveryCriterionScored.scoreField(i), s);
			form.put(EveryCriterionScored.commentField(i), c);
			Integer value = null;
			try {
				value = s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
			}
			catch (NumberFormatException e) {
				value = 0;
			}
			scores.add(value);
			comments.add(c);
		}
		return FormSubmission.submit(model, response, () -> {
			council.score(applicationId, scores, comments);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/council/" + applicationId;
		}, () -> page(review, form, model));
	}

	@PostMapping("/council/{applicationId}/conflict")
	String declare(@PathVariable UUID applicationId, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Council.Review review = council.review(applicationId);
		var form = new LinkedHashMap<String, String>();
		form.put("reason", reason);
		return FormSubmission.submit(model, response, () -> {
			council.declareConflict(applicationId, reason);
			redirect.addFlashAttribute("declared", true);
			return "redirect:/council";
		}, () -> page(review, form, model));
	}

	@PostMapping("/assessments/{applicationId}/council")
	String assign(@PathVariable UUID applicationId, @RequestParam(required = false) List<UUID> memberIds,
			RedirectAttributes redirect) {
		try {
			council.assign(applicationId, memberIds == null ? List.of() : memberIds);
			redirect.addFlashAttribute("councilSaved", true);
		}
		catch (ViolationException e) {
			redirect.addFlashAttribute("councilViolations", e.violations());
		}
		return "redirect:/assessments/" + applicationId + "#council";
	}

	@PostMapping("/assessments/calls/{callId}/distribute")
	String distribute(@PathVariable UUID callId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("distributed", council.distributeEvenly(callId));
		return "redirect:/assessments";
	}

	private String page(Council.Review review, Map<String, String> form, Model model) {
		model.addAttribute("review", review);
		model.addAttribute("form", form);
		return "assessment/council-show";
	}
}
