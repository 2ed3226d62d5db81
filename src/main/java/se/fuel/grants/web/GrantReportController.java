package se.fuel.grants.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.Applications;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Text;
import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;
import se.fuel.common.web.FormSubmission;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.grants.OutcomeCategory;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportAttachmentKind;
import se.fuel.grants.ReportAttachments;
import se.fuel.grants.ReportOversight;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.grants.ReportStatus;
import se.fuel.grants.ReportView;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** "Redovisning": the organisation's report form, and the officer's read-only view with approve and return. */
@Controller
class GrantReportController {

	/** Violation fields that name the report as a whole rather than a field on the page (version: a stale save). */
	private static final Set<String> WHOLE_REPORT = Set.of("report", "status", "outcomes", "version");

	/** Blank budget rows offered below the saved ones. */
	private static final int BLANK_LINES = 3;

	private final Grants grants;

	private final GrantReporting reporting;

	private final Identity identity;

	private final AuditTrail audit;

	private final ReportOversight oversight;

	private final ReportAttachments attachments;

	private final Applications applications;

	GrantReportController(Grants grants, GrantReporting reporting, Identity identity, AuditTrail audit,
			ReportOversight oversight, ReportAttachments attachments, Applications applications) {
		this.applications = applications;
		this.oversight = oversight;
		this.attachments = attachments;
		this.grants = grants;
		this.reporting = reporting;
		this.identity = identity;
		this.audit = audit;
	}

	@GetMapping("/grants/{id}/report")
	String show(@PathVariable UUID id, Model model) {
		ReportView report = reporting.report(id);
		Map<String, String> values = values(report);
		int lines = report.content().lines().size();
		if (report.version() == ReportForm.UNSAVED && identity.current().is(Role.APPLICANT)) {
			GrantView grant = grants.find(id).orElseThrow(() -> new NotFoundException("grant " + id));
			List<ApplicationContent.Line> budget = grant.applicationId() == null ? List.of()
					: applications.find(grant.applicationId()).budgetLines();
			lines = ReportForm.startFrom(values, budget, grant.amount());
		}
		return page(id, report, values, List.of(), lineCount(lines), model);
	}

	@PostMapping("/grants/{id}/report")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> typed = new LinkedHashMap<>(params.toSingleValueMap());
		int lines = 0;
		while (typed.containsKey("lines-" + lines + "-description")) {
			lines++;
		}
		List<OutcomeCategory> categories = reporting.categories();
		var violations = new ArrayList<Violation>();
		var lineInputs = new ArrayList<ReportLine>();
		for (int i = 0; i < lines; i++) {
			lineInputs.add(new ReportLine(typed.get("lines-" + i + "-description"),
					number(typed, "lines-" + i + "-granted", Text.of("grants.rule.report.lineGranted", i + 1), violations),
					number(typed, "lines-" + i + "-actual", Text.of("grants.rule.report.lineActual", i + 1), violations)));
		}
		var outcomes = new ArrayList<OutcomeCount>();
		for (OutcomeCategory c : categories) {
			String p = "outcome-" + c.code();
			Long women = number(typed, p + "-women", Text.of("grants.report.outcome.women", c.label()), violations);
			Long men = number(typed, p + "-men", Text.of("grants.report.outcome.men", c.label()), violations);
			Long other = number(typed, p + "-other", Text.of("grants.report.outcome.other", c.label()), violations);
			if (women != null || men != null || other != null) {
				outcomes.add(new OutcomeCount(c.code(), women, men, other));
			}
		}
		String plan = typed.get("implementationPlan");
		var input = new ReportInput(typed.get("whatWasDone"),
				number(typed, "participantsWomen", Text.of("grants.report.field.participantsWomen"), violations),
				number(typed, "participantsMen", Text.of("grants.report.field.participantsMen"), violations),
				number(typed, "participantsOther", Text.of("grants.report.field.participantsOther"), violations),
				lineInputs, outcomes,
				typed.get("experiences"), plan == null ? null : "yes".equals(plan), typed.get("implementationPlanHow"),
				typed.get("proposals"));
		int rows = Math.max(lines, 1);
		if (!violations.isEmpty()) {
			return FormSubmission.rejected(model, response, violations,
					() -> page(id, reporting.report(id), typed, violations, rows, model));
		}
		var saved = new ArrayList<ReportView>();
		return FormSubmission.submit(model, response, () -> {
			saved.add(reporting.save(id, input, Versions.fromIfMatch(typed.get("version"))));
			if ("submit".equals(typed.get("action"))) {
				reporting.submit(id);
				redirect.addFlashAttribute("saved", "grants.report.saved.submitted");
			}
			else {
				redirect.addFlashAttribute("saved", "grants.report.saved.draft");
			}
			return "redirect:/grants/" + id + "/report";
		}, () -> {
			if (!saved.isEmpty()) {
				// The draft was saved and only handing it in was refused: the form now stands on the saved version.
				typed.put("version", Long.toString(saved.get(0).version()));
			}
			return page(id, reporting.report(id), typed, shown(model), rows, model);
		});
	}

	@PostMapping("/grants/{id}/report/approve")
	String approve(@PathVariable UUID id, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String overrideReason, @RequestParam(required = false) String version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			reporting.approve(id, comment, overrideReason, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.report.saved.approved");
			return "redirect:/grants/" + id + "/report";
		}, () -> {
			// A refusal before the project period offers the override: the form comes back with a reason field.
			List<Violation> violations = shown(model);
			var typed = new LinkedHashMap<>(opened("comment", comment, version));
			if (overrideReason != null || violations.stream().anyMatch(v -> "overrideReason".equals(v.field()))) {
				typed.put("overrideReason", overrideReason == null ? "" : overrideReason);
			}
			return rejected(id, violations, typed, model);
		});
	}

	@PostMapping("/grants/{id}/report/return")
	String returnForCompletion(@PathVariable UUID id, @RequestParam(required = false) String message,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			reporting.returnForCompletion(id, message, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.report.saved.returned");
			return "redirect:/grants/" + id + "/report";
		}, () -> rejected(id, shown(model), opened("message", message, version), model));
	}

	@PostMapping("/grants/{id}/report/coordinator-comment")
	String coordinatorComment(@PathVariable UUID id, @RequestParam(required = false) String coordinatorComment,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			oversight.writeCoordinatorComment(id, coordinatorComment, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.report.saved.comment");
			return "redirect:/grants/" + id + "/report";
		}, () -> rejected(id, shown(model), opened("coordinatorComment", coordinatorComment, version), model));
	}

	/** The report page again with the violations of one of its small forms and what was typed there. */
	String rejected(UUID id, List<Violation> violations, Map<String, String> typed, Model model) {
		ReportView report = reporting.report(id);
		var values = values(report);
		values.putAll(typed);
		return page(id, report, values, violations, 0, model);
	}

	@PostMapping("/grants/{id}/report/categories")
	String addCategory(@PathVariable UUID id, @RequestParam(required = false) String label, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			reporting.addCategory(label);
			redirect.addFlashAttribute("saved", "grants.report.saved.category");
			return "redirect:/grants/" + id + "/report";
		}, () -> rejected(id, shown(model), Map.of("label", label == null ? "" : label), model));
	}

	private String page(UUID id, ReportView report, Map<String, String> values, List<Violation> violations,
			int lines, Model model) {
		GrantView grant = grants.find(id).orElseThrow(() -> new NotFoundException("grant " + id));
		CurrentUser me = identity.current();
		boolean editable = me.is(Role.APPLICANT)
				&& (report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED);
		model.addAttribute("grant", grant);
		model.addAttribute("report", report);
		model.addAttribute("values", values);
		// The error summary links to the field; a rule about the report as a whole (its status, an unknown outcome
		// category sent through the API) has no field of its own and points at the report's status instead.
		FormSubmission.show(model, violations.stream()
			.map(v -> WHOLE_REPORT.contains(v.field()) ? v.at("report-status") : v)
			.toList());
		model.addAttribute("attachments", attachments.list(id));
		model.addAttribute("attachmentKinds", ReportAttachmentKind.values());
		model.addAttribute("editable", editable);
		model.addAttribute("officer", me.isOfficer());
		model.addAttribute("decidable", me.isOfficer() && report.status() == ReportStatus.HANDED_IN);
		model.addAttribute("lineRows", java.util.stream.IntStream.range(0, lines).boxed().toList());
		model.addAttribute("events", audit.page("GrantReport", id, 1));
		return "grants/report";
	}

	/**
	 * A refused decision keeps the version it was made on, so that deciding again is refused too until the officer
	 * has reloaded the report and seen what changed.
	 */
	private static Map<String, String> opened(String field, String typed, String version) {
		var values = new LinkedHashMap<String, String>();
		values.put(field, typed == null ? "" : typed);
		if (version != null) {
			values.put("version", version);
		}
		return values;
	}

	/** The violations FormSubmission put in the model for the refused form. */
	@SuppressWarnings("unchecked")
	static List<Violation> shown(Model model) {
		return (List<Violation>) model.getAttribute("violations");
	}

	private static int lineCount(int saved) {
		return saved + BLANK_LINES;
	}

	/** The saved report as the form's field values, under the same names the form posts. */
	private static Map<String, String> values(ReportView report) {
		var v = new LinkedHashMap<String, String>();
		ReportInput c = report.content();
		v.put("whatWasDone", text(c.whatWasDone()));
		v.put("participantsWomen", text(c.participantsWomen()));
		v.put("participantsMen", text(c.participantsMen()));
		v.put("participantsOther", text(c.participantsOther()));
		for (int i = 0; i < c.lines().size(); i++) {
			ReportLine l = c.lines().get(i);
			v.put("lines-" + i + "-description", text(l.description()));
			v.put("lines-" + i + "-granted", text(l.granted()));
			v.put("lines-" + i + "-actual", text(l.actual()));
		}
		for (OutcomeCount o : c.outcomes()) {
			v.put("outcome-" + o.category() + "-women", text(o.women()));
			v.put("outcome-" + o.category() + "-men", text(o.men()));
			v.put("outcome-" + o.category() + "-other", text(o.other()));
		}
		v.put("experiences", text(c.experiences()));
		v.put("implementationPlan", c.implementationPlan() == null ? "" : c.implementationPlan() ? "yes" : "no");
		v.put("implementationPlanHow", text(c.implementationPlanHow()));
		v.put("proposals", text(c.proposals()));
		v.put("version", Long.toString(report.version()));
		return v;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/** A whole number as typed; amounts too, so that a negative amount is told it is below 0, not unreadable. */
	private static Long number(Map<String, String> typed, String field, Text label, List<Violation> violations) {
		Integer number = FormInput.integer(typed.get(field), field, label, violations);
		return number == null ? null : number.longValue();
	}
}
