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
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
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

	GrantReportController(Grants grants, GrantReporting reporting, Identity identity, AuditTrail audit,
			ReportOversight oversight, ReportAttachments attachments) {
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
		return page(id, report, values(report), List.of(), lineCount(report.content().lines().size()), model);
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
					number(typed, "lines-" + i + "-granted", "Budgetpost " + (i + 1) + ": beviljat belopp", violations),
					number(typed, "lines-" + i + "-actual", "Budgetpost " + (i + 1) + ": faktiskt belopp", violations)));
		}
		var outcomes = new ArrayList<OutcomeCount>();
		for (OutcomeCategory c : categories) {
			String p = "outcome-" + c.code();
			Long women = number(typed, p + "-women", c.label() + ", kvinnor", violations);
			Long men = number(typed, p + "-men", c.label() + ", män", violations);
			Long other = number(typed, p + "-other", c.label() + ", annat eller okänt kön", violations);
			if (women != null || men != null || other != null) {
				outcomes.add(new OutcomeCount(c.code(), women, men, other));
			}
		}
		String plan = typed.get("implementationPlan");
		var input = new ReportInput(typed.get("whatWasDone"),
				number(typed, "participantsWomen", "Deltagare, kvinnor", violations),
				number(typed, "participantsMen", "Deltagare, män", violations),
				number(typed, "participantsOther", "Deltagare, annat eller okänt kön", violations), lineInputs, outcomes,
				typed.get("experiences"), plan == null ? null : "yes".equals(plan), typed.get("implementationPlanHow"),
				typed.get("proposals"));
		ReportView saved = null;
		try {
			if (!violations.isEmpty()) {
				throw new ViolationException(violations);
			}
			saved = reporting.save(id, input, Versions.fromIfMatch(typed.get("version")));
			if ("submit".equals(typed.get("action"))) {
				reporting.submit(id);
				redirect.addFlashAttribute("saved", "grants.report.saved.submitted");
			}
			else {
				redirect.addFlashAttribute("saved", "grants.report.saved.draft");
			}
			return "redirect:/grants/" + id + "/report";
		}
		catch (ViolationException e) {
			if (saved != null) {
				// The draft was saved and only handing it in was refused: the form now stands on the saved version.
				typed.put("version", Long.toString(saved.version()));
			}
			response.setStatus(422);
			return page(id, reporting.report(id), typed, e.violations(), Math.max(lines, 1), model);
		}
	}

	@PostMapping("/grants/{id}/report/approve")
	String approve(@PathVariable UUID id, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			reporting.approve(id, comment, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.report.saved.approved");
			return "redirect:/grants/" + id + "/report";
		}
		catch (ViolationException e) {
			response.setStatus(422);
			ReportView report = reporting.report(id);
			var typed = values(report);
			typed.put("comment", comment == null ? "" : comment);
			keepOpened(typed, version);
			return page(id, report, typed, e.violations(), 0, model);
		}
	}

	@PostMapping("/grants/{id}/report/return")
	String returnForCompletion(@PathVariable UUID id, @RequestParam(required = false) String message,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			reporting.returnForCompletion(id, message, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.report.saved.returned");
			return "redirect:/grants/" + id + "/report";
		}
		catch (ViolationException e) {
			response.setStatus(422);
			ReportView report = reporting.report(id);
			var typed = values(report);
			typed.put("message", message == null ? "" : message);
			keepOpened(typed, version);
			return page(id, report, typed, e.violations(), 0, model);
		}
	}

	@PostMapping("/grants/{id}/report/coordinator-comment")
	String coordinatorComment(@PathVariable UUID id, @RequestParam(required = false) String coordinatorComment,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			oversight.writeCoordinatorComment(id, coordinatorComment, Versions.fromIfMatch(version));
			redirect.addFlashAttribute("saved", "grants.report.saved.comment");
			return "redirect:/grants/" + id + "/report";
		}
		catch (ViolationException e) {
			response.setStatus(422);
			var typed = new LinkedHashMap<String, String>();
			typed.put("coordinatorComment", coordinatorComment == null ? "" : coordinatorComment);
			keepOpened(typed, version);
			return rejected(id, e.violations(), typed, model);
		}
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
		try {
			reporting.addCategory(label);
			redirect.addFlashAttribute("saved", "grants.report.saved.category");
			return "redirect:/grants/" + id + "/report";
		}
		catch (ViolationException e) {
			response.setStatus(422);
			ReportView report = reporting.report(id);
			var typed = values(report);
			typed.put("label", label == null ? "" : label);
			return page(id, report, typed, e.violations(), 0, model);
		}
	}

	private String page(UUID id, ReportView report, Map<String, String> values, List<Violation> violations,
			int lines, Model model) {
		GrantView grant = grants.find(id).orElseThrow(() -> new NotFoundException("Beviljade medel finns inte."));
		CurrentUser me = identity.current();
		boolean editable = me.is(Role.APPLICANT)
				&& (report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED);
		Map<String, se.fuel.common.Text> errors = Violation.firstPerField(violations);
		model.addAttribute("grant", grant);
		model.addAttribute("report", report);
		model.addAttribute("values", values);
		// The error summary links to the field; a rule about the report as a whole (its status, an unknown outcome
		// category sent through the API) has no field of its own and points at the report's status instead.
		model.addAttribute("violations", violations.stream()
			.map(v -> WHOLE_REPORT.contains(v.field()) ? new Violation("report-status", v.rule(), v.message()) : v)
			.toList());
		model.addAttribute("attachments", attachments.list(id));
		model.addAttribute("attachmentKinds", ReportAttachmentKind.values());
		model.addAttribute("errors", errors);
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
	private static void keepOpened(Map<String, String> typed, String version) {
		if (version != null) {
			typed.put("version", version);
		}
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

	private static Long number(Map<String, String> typed, String field, String label, List<Violation> violations) {
		String raw = typed.get(field);
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(raw.replaceAll("[\\s\\u00a0]", ""));
		}
		catch (NumberFormatException e) {
			violations.add(new Violation(field, "number", label + " måste vara ett heltal, till exempel 25000."));
			return null;
		}
	}
}
