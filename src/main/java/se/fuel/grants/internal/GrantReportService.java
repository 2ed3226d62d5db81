package se.fuel.grants.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.PlausibleAmount;
import se.fuel.common.PlausiblePeopleCount;
import se.fuel.common.SerialisedSaves;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.OutcomeCategory;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportApproved;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.grants.ReportReturned;
import se.fuel.grants.ReportStatus;
import se.fuel.grants.ReportView;
import se.fuel.grants.rules.ReportApprovedOnceThePeriodHasBegun;
import se.fuel.grants.rules.ReportComplete;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Drafting, handing in, approving and returning grants' reports, each audited on the report. */
@Service
@Transactional
class GrantReportService implements GrantReporting {

	static final String AUDIT_TYPE = "GrantReport";

	private static final int MAX_TEXT = 10_000;

	/**
	 * The version of a report nobody has saved yet. The first save stores version 0, so a form opened on the empty
	 * draft must carry another number, or a second first save would pass as current and overwrite the first.
	 */
	static final long UNSAVED = -1;

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final GrantMoney money;

	private final Identity identity;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	/**
	 * The report's first save (the organisation's, or the coordinator's comment when no report came) has no row to
	 * lock, so a grant's report saves wait for each other: the later reads the earlier and is refused as stale.
	 */
	static final String SAVES = "grant-report";

	private final SerialisedSaves saves;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GrantReportService(GrantRepository grants, GrantReportRepository reports, GrantMoney money, Identity identity,
			AuditTrail audit, JsonMapper json, JdbcClient jdbc, ApplicationEventPublisher events, SerialisedSaves saves,
			Clock clock) {
		this.clock = clock;
		this.saves = saves;
		this.events = events;
		this.grants = grants;
		this.reports = reports;
		this.money = money;
		this.identity = identity;
		this.audit = audit;
		this.json = json;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public ReportView report(UUID grantId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		Grant grant = visible(me, grantId);
		return reports.findByGrantId(grantId).map(this::view)
			.orElseGet(() -> view(new GrantReport(grant.id(), clock.instant()), UNSAVED));
	}

	@Override
	public ReportView save(UUID grantId, ReportInput input, Long openedVersion) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Grant grant = visible(me, grantId);
		saves.of(SAVES, grantId);
		var stored = reports.findByGrantId(grantId);
		GrantReport report = stored.orElseGet(() -> new GrantReport(grant.id(), clock.instant()));
		audit.requireUnchanged(AUDIT_TYPE, grantId, openedVersion, stored.isPresent() ? report.version() : UNSAVED);
		requireEditable(report);
		var violations = new ArrayList<Violation>();
		ReportInput clean = cleaned(input, violations);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var before = report.snapshot();
		report.write(clean.whatWasDone(), clean.participantsWomen(), clean.participantsMen(),
				clean.participantsOther(), json.writeValueAsString(clean.lines()),
				json.writeValueAsString(clean.outcomes()), clean.experiences(), clean.implementationPlan(),
				clean.implementationPlanHow(), clean.proposals(), clock.instant());
		report = saved(reports, audit, report);
		audit.record(AUDIT_TYPE, grantId, "saved", before, report.snapshot());
		return view(report);
	}

	@Override
	public ReportView submit(UUID grantId) {
		CurrentUser me = identity.require(Role.APPLICANT);
		visible(me, grantId);
		GrantReport report = reports.findByGrantId(grantId)
			.orElseThrow(() -> new ViolationException(Violation.of("report", "required",
					"grants.rule.report.saveFirst")));
		requireEditable(report);
		ReportInput content = content(report);
		var violations = new ReportComplete().check(content);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var before = report.snapshot();
		report.submitted(clock.instant());
		money.reportSubmitted(grantId);
		audit.record(AUDIT_TYPE, grantId, "submitted", before, report.snapshot());
		return view(report);
	}

	@Override
	public ReportView approve(UUID grantId, String comment, String overrideReason, Long openedVersion) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = visible(me, grantId);
		GrantReport report = handedIn(grantId, openedVersion);
		String text = comment == null ? "" : comment.strip();
		if (text.length() > MAX_TEXT) {
			throw new ViolationException(Violation.of("comment", "max-length",
					"grants.rule.report.commentLength"));
		}
		var approval = new ReportApprovedOnceThePeriodHasBegun.Approval(grant.periodStart(),
				LocalDate.now(clock.withZone(SwedishFormat.ZONE)), overrideReason);
		List<Violation> refused = new ReportApprovedOnceThePeriodHasBegun().check(approval);
		if (!refused.isEmpty()) {
			throw new ViolationException(refused);
		}
		var before = report.snapshot();
		report.approved(text.isEmpty() ? null : text, clock.instant());
		report = saved(reports, audit, report);
		money.reportApproved(grantId);
		Map<String, Object> after = new LinkedHashMap<>(report.snapshot());
		if (approval.beforePeriod()) {
			// The override is the officer's word against the rule: who gave it and why stays with the approval.
			after.put("approvedBeforePeriodStart", grant.periodStart().toString());
			after.put("overrideReason", overrideReason.strip());
		}
		audit.record(AUDIT_TYPE, grantId, "approved", before, after);
		events.publishEvent(new ReportApproved(grantId, grant.organisationId(), grant.registrationNumber(),
				grant.title(), report.coordinatorComment()));
		return view(report);
	}

	@Override
	public ReportView returnForCompletion(UUID grantId, String message, Long openedVersion) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = visible(me, grantId);
		GrantReport report = handedIn(grantId, openedVersion);
		String text = message == null ? "" : message.strip();
		if (text.isEmpty()) {
			throw new ViolationException(Violation.of("message", "required",
					"grants.rule.report.messageRequired"));
		}
		if (text.length() > MAX_TEXT) {
			throw new ViolationException(Violation.of("message", "max-length",
					"grants.rule.report.messageLength"));
		}
		var before = report.snapshot();
		report.returned(text, clock.instant());
		report = saved(reports, audit, report);
		money.reportReturned(grantId);
		audit.record(AUDIT_TYPE, grantId, "returned", before, report.snapshot());
		events.publishEvent(new ReportReturned(grantId, grant.organisationId(), grant.registrationNumber(),
				grant.title(), text));
		return view(report);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutcomeCategory> categories() {
		identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		return loadCategories();
	}

	@Override
	public List<OutcomeCategory> addCategory(String label) {
		identity.require(Role.OFFICER, Role.ADMIN);
		String text = label == null ? "" : label.strip();
		String code = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (text.isEmpty() || code.isEmpty() || text.length() > 100) {
			throw new ViolationException(Violation.of("label", "required",
					"grants.rule.category.required"));
		}
		List<OutcomeCategory> before = loadCategories();
		if (before.stream().anyMatch(c -> c.code().equals(code))) {
			throw new ViolationException(Violation.of("label", "unique", "grants.rule.category.unique", text));
		}
		int position = before.stream().mapToInt(OutcomeCategory::position).max().orElse(0) + 1;
		jdbc.sql("insert into grant_outcome_category (code, label, position) values (?, ?, ?)")
			.params(code, text, position)
			.update();
		audit.record("OutcomeCategory", code, "created", null, new OutcomeCategory(code, text, position));
		return loadCategories();
	}

	private List<OutcomeCategory> loadCategories() {
		return jdbc.sql("select code, label, position from grant_outcome_category order by position")
			.query((rs, n) -> new OutcomeCategory(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	private ReportInput cleaned(ReportInput input, List<Violation> violations) {
		var lines = new ArrayList<ReportLine>();
		List<ReportLine> typed = input.lines() == null ? List.of() : input.lines();
		for (int i = 0; i < typed.size(); i++) {
			ReportLine l = typed.get(i);
			String description = strip(l.description());
			if (description == null && l.granted() == null && l.actual() == null) {
				continue;
			}
			int row = lines.size() + 1;
			if (description == null) {
				violations.add(Violation.of("lines-" + i + "-description", "required",
						"grants.rule.report.lineDescription", row));
			}
			amount(l.granted(), "lines-" + i + "-granted", Text.of("grants.rule.report.lineGranted", row), violations);
			amount(l.actual(), "lines-" + i + "-actual", Text.of("grants.rule.report.lineActual", row), violations);
			lines.add(new ReportLine(description, l.granted(), l.actual()));
		}
		Set<String> known = loadCategories().stream().map(OutcomeCategory::code).collect(Collectors.toSet());
		var outcomes = new ArrayList<OutcomeCount>();
		for (OutcomeCount o : input.outcomes() == null ? List.<OutcomeCount>of() : input.outcomes()) {
			if (!known.contains(o.category())) {
				violations.add(Violation.of("outcomes", "category", "grants.rule.report.unknownCategory", o.category()));
				continue;
			}
			String prefix = "outcome-" + o.category();
			people(o.women(), prefix + "-women", Text.of("grants.rule.report.outcomeWomen", o.category()), violations);
			people(o.men(), prefix + "-men", Text.of("grants.rule.report.outcomeMen", o.category()), violations);
			people(o.other(), prefix + "-other", Text.of("grants.rule.report.outcomeOther", o.category()), violations);
			outcomes.add(o);
		}
		people(input.participantsWomen(), "participantsWomen", Text.of("grants.report.field.participantsWomen"),
				violations);
		people(input.participantsMen(), "participantsMen", Text.of("grants.report.field.participantsMen"), violations);
		people(input.participantsOther(), "participantsOther", Text.of("grants.report.field.participantsOther"),
				violations);
		ReportInput clean = new ReportInput(strip(input.whatWasDone()), input.participantsWomen(),
				input.participantsMen(), input.participantsOther(), lines, outcomes, strip(input.experiences()),
				input.implementationPlan(), strip(input.implementationPlanHow()), strip(input.proposals()));
		maxLength(clean.whatWasDone(), "whatWasDone", "grants.report.whatWasDone", violations);
		maxLength(clean.experiences(), "experiences", "grants.report.experiences", violations);
		maxLength(clean.implementationPlanHow(), "implementationPlanHow", "grants.report.implementationPlanHow",
				violations);
		maxLength(clean.proposals(), "proposals", "grants.report.proposals", violations);
		return clean;
	}

	ReportView view(GrantReport report) {
		return view(report, report.version());
	}

	private ReportView view(GrantReport report, long version) {
		ReportInput content = content(report);
		var totals = ReportArithmetic.totals(content);
		return new ReportView(report.grantId(), report.status(), content, loadCategories(), totals, totals.remainder(),
				report.returnMessage(), report.coordinatorComment(), report.submittedAt(), report.decidedAt(),
				version);
	}

	private ReportInput content(GrantReport report) {
		List<ReportLine> lines = json.readValue(report.linesJson(), new TypeReference<List<ReportLine>>() {
		});
		List<OutcomeCount> outcomes = json.readValue(report.outcomesJson(), new TypeReference<List<OutcomeCount>>() {
		});
		return new ReportInput(report.whatWasDone(), report.participantsWomen(), report.participantsMen(),
				report.participantsOther(), lines, outcomes, report.experiences(), report.implementationPlan(),
				report.implementationPlanHow(), report.proposals());
	}

	/**
	 * Writes the report now rather than at commit, so that a save that raced another one on the same version is
	 * refused as stale (who and when from the trail) instead of failing as a lock conflict after the answer was chosen.
	 * First saves cannot race here: they wait for each other ({@link #SAVES}).
	 */
	static GrantReport saved(GrantReportRepository reports, AuditTrail audit, GrantReport report) {
		long readVersion = report.version();
		try {
			GrantReport stored = reports.save(report);
			reports.flush();
			return stored;
		}
		catch (OptimisticLockingFailureException e) {
			throw audit.staleVersion(AUDIT_TYPE, report.grantId(), readVersion + 1);
		}
	}

	private GrantReport handedIn(UUID grantId, Long openedVersion) {
		GrantReport report = reports.findByGrantId(grantId)
			.orElseThrow(() -> new ViolationException(Violation.of("report", "status",
					"grants.rule.report.notHandedIn")));
		audit.requireUnchanged(AUDIT_TYPE, grantId, openedVersion, report.version());
		if (report.status() != ReportStatus.HANDED_IN) {
			throw new ViolationException(Violation.of("report", "status",
					"grants.rule.report.notHandedInBut", report.status().inSentence()));
		}
		return report;
	}

	private static void requireEditable(GrantReport report) {
		if (report.status() == ReportStatus.HANDED_IN || report.status() == ReportStatus.APPROVED) {
			throw new ViolationException(Violation.of("report", "status",
					"grants.rule.report.notEditable", report.status().inSentence()));
		}
	}

	private Grant visible(CurrentUser me, UUID grantId) {
		return grants.findById(grantId)
			.filter(g -> OwnOrganisationOnly.exceptOfficers(me).sees(g.organisationId()))
			.orElseThrow(() -> new NotFoundException("grant " + grantId));
	}

	private static String strip(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

	private void amount(Long value, String field, Text label, List<Violation> violations) {
		if (value != null && value < 0) {
			violations.add(Violation.of(field, "non-negative", "grants.rule.report.negative", label));
		}
		else {
			PlausibleAmount.check(value, field, label).ifPresent(violations::add);
		}
	}

	private void people(Long value, String field, Text label, List<Violation> violations) {
		if (value != null && value < 0) {
			violations.add(Violation.of(field, "non-negative", "grants.rule.report.negative", label));
		}
		else {
			PlausiblePeopleCount.check(value, field, label).ifPresent(violations::add);
		}
	}

	private static void maxLength(String text, String field, String label, List<Violation> violations) {
		if (text != null && text.length() > MAX_TEXT) {
			violations.add(Violation.of(field, "max-length", "grants.rule.report.textLength", Text.of(label)));
		}
	}
}
