package se.fuel.grants.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;
import se.fuel.grants.GrantFinances;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantReminders;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.GrantView;
import se.fuel.grants.ReportOversight;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Role;
import se.fuel.grants.Grants;
import se.fuel.identity.Identity;

/** "Beviljade medel": officers see every grant by year, applicants their own organisation's. */
@Controller
class GrantController {

	private final Grants grants;

	private final Identity identity;

	private final AuditTrail audit;

	private final GrantMoney money;

	private final GrantReminders reminders;

	private final ReportOversight oversight;

	private final GrantReporting reporting;

	GrantController(Grants grants, Identity identity, AuditTrail audit, GrantMoney money, GrantReminders reminders,
			ReportOversight oversight, GrantReporting reporting) {
		this.reporting = reporting;
		this.reminders = reminders;
		this.oversight = oversight;
		this.grants = grants;
		this.identity = identity;
		this.audit = audit;
		this.money = money;
	}

	@GetMapping("/grants")
	String list(@RequestParam(required = false) Integer year, Model model) {
		List<GrantView> list = grants.visible(year);
		boolean officer = identity.current().isOfficer();
		model.addAttribute("grants", list);
		model.addAttribute("officer", officer);
		model.addAttribute("years", officer ? grants.years() : List.of());
		model.addAttribute("year", year);
		model.addAttribute("total", list.stream().mapToLong(GrantView::amount).sum());
		model.addAttribute("totals", officer ? money.totals(year) : List.of());
		model.addAttribute("decisions", officer ? money.decisions(year) : List.of());
		return "grants/list";
	}

	@GetMapping("/grants/{id}")
	String show(@PathVariable UUID id, Model model) {
		GrantView grant = grants.find(id).orElseThrow(() -> new NotFoundException("grant " + id));
		model.addAttribute("grant", grant);
		model.addAttribute("events", audit.page("Grant", id, 1));
		GrantFinances finances = money.finances(id);
		model.addAttribute("money", finances);
		model.addAttribute("dueDateReason", oversight.reportDueDateReason(id));
		CurrentUser me = identity.current();
		model.addAttribute("officer", me.isOfficer());
		model.addAttribute("reminders", me.isOfficer() ? reminders.ofGrant(id) : List.of());
		model.addAttribute("applicant", me.is(Role.APPLICANT));
		// The report's unused remainder is what the organisation owes back: offered until it has stated an amount.
		long offered = me.is(Role.APPLICANT) && finances.notified() == null ? reporting.report(id).remainder() : 0;
		model.addAttribute("offeredRepayment", offered);
		model.addAttribute("statuses", GrantStatus.values());
		if (!model.containsAttribute("errors")) {
			FormSubmission.show(model, List.of());
			model.addAttribute("typed", offered > 0 ? Map.of("notice-amount", Long.toString(offered)) : Map.of());
			model.addAttribute("form", "");
		}
		return "grants/show";
	}

	/**
	 * The grant's page again with one of its forms refused. The page carries several forms with the same field names,
	 * so each field is known as {@code <form>-<field>} on it; a stale save ({@code version}) concerns the whole page.
	 */
	String rejected(UUID id, String form, List<Violation> violations, Map<String, String> typed, Model model,
			HttpServletResponse response) {
		model.addAttribute("form", form);
		model.addAttribute("typed", typed);
		List<Violation> onPage = violations.stream()
			.map(v -> "version".equals(v.field()) ? v : v.at(form + "-" + v.field()))
			.toList();
		return FormSubmission.rejected(model, response, onPage, () -> show(id, model));
	}
}
