package se.fuel.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.assessment.AssessmentView;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.Council;
import se.fuel.assessment.CouncilWithdrawals;
import se.fuel.assessment.SimilarProjects;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The officers' assessment pages: the list per call and one application's assessment form. */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final Calls calls;

	private final Identity identity;

	private final Council council;

	private final SimilarProjects similarProjects;

	private final CouncilWithdrawals withdrawals;

	AssessmentController(Assessments assessments, Calls calls, Identity identity, Council council,
			SimilarProjects similarProjects, CouncilWithdrawals withdrawals) {
		this.withdrawals = withdrawals;
		this.assessments = assessments;
		this.similarProjects = similarProjects;
		this.council = council;
		this.calls = calls;
		this.identity = identity;
	}

	@GetMapping("/assessments")
	String list(Model model) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var perCall = new ArrayList<CallAssessments>();
		for (CallView call : calls.all()) {
			var rows = assessments.list(call.id());
			if (!rows.isEmpty()) {
				perCall.add(new CallAssessments(call, rows));
			}
		}
		model.addAttribute("calls", perCall);
		return "assessment/list";
	}

	@GetMapping("/assessments/{applicationId}")
	String show(@PathVariable UUID applicationId, Model model) {
		AssessmentView view = assessments.find(applicationId);
		FormSubmission.show(model, List.of());
		return page(view, AssessmentForm.of(view), model);
	}

	/**
	 * "Liknande projekt": loaded by htmx once the assessment page is shown, so the page never waits on search;
	 * without JavaScript the page's link opens it as a page of its own.
	 */
	@GetMapping("/assessments/{applicationId}/similar")
	String similar(@PathVariable UUID applicationId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AssessmentView view = assessments.find(applicationId);
		model.addAttribute("assessment", view);
		model.addAttribute("similar", similarProjects.of(applicationId));
		return htmx != null ? "assessment/partials/similar :: similar" : "assessment/similar";
	}

	@PostMapping("/assessments/{applicationId}")
	String record(@PathVariable UUID applicationId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		AssessmentView view = assessments.find(applicationId);
		AssessmentForm form = AssessmentForm.of(posted);
		var unreadable = new ArrayList<Violation>();
		return FormSubmission.submit(model, response, () -> {
			try {
				assessments.record(applicationId,
						form.input(view.criteria().size(), view.priorityAreas().size(), unreadable), form.version());
			}
			catch (ViolationException e) {
				// What could not be read speaks for its field; the service's rule on the same field would repeat it.
				var all = new ArrayList<Violation>(unreadable);
				e.violations().stream()
					.filter(v -> unreadable.stream().noneMatch(u -> u.field().equals(v.field())))
					.forEach(all::add);
				throw new ViolationException(all);
			}
			redirect.addFlashAttribute("saved", "assessment.saved");
			return "redirect:/assessments/" + applicationId;
		}, () -> page(view, form, model));
	}

	private String page(AssessmentView view, AssessmentForm form, Model model) {
		model.addAttribute("assessment", view);
		model.addAttribute("form", form);
		model.addAttribute("reasons", assessments.reasonCategories());
		model.addAttribute("events", assessments.history(view.applicationId()));
		model.addAttribute("council", council.overview(view.applicationId()));
		model.addAttribute("councilEvents", council.history(view.applicationId()));
		model.addAttribute("councilWithdrawals", withdrawals.of(view.applicationId()));
		return "assessment/show";
	}
}
