package se.fuel.grants.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import se.fuel.grants.domain.Grant;
import se.fuel.grants.domain.GrantReport;
import se.fuel.grants.domain.GrantReportRepository;
import se.fuel.grants.domain.GrantRepository;
import se.fuel.grants.domain.ReportArithmetic;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
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

	GrantReportService(GrantRepository grants, GrantReportRepository reports, GrantMoney money, Identity identity,
			AuditTrail audit, JsonMapper json, JdbcClient jdbc, ApplicationEventPublisher events, SerialisedSaves saves) {
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
			.orElseGet(() -> view(new GrantReport(grant.id(), Instant.now()), UNSAVED));
	}

	@Override
	public ReportView save(UUID grantId, ReportInput input, Long openedVersion) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Grant grant = visible(me, grantId);
		saves.of(SAVES, grantId);
		var stored = reports.findByGrantId(grantId);
		GrantReport report = stored.orElseGet(() -> new GrantReport(grant.id(), Instant.now()));
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
				clean.implementationPlanHow(), clean.proposals(), Instant.now());
		report = saved(reports, audit, report);
		audit.record(AUDIT_TYPE, grantId, "saved", before, report.snapshot());
		return view(report);
	}

	@Override
	public ReportView submit(UUID grantId) {
		CurrentUser me = identity.require(Role.APPLICANT);
		visible(me, grantId);
		GrantReport report = reports.findByGrantId(grantId)
			.orElseThrow(() -> new ViolationException(new Violation("report", "required",
					"Redovisningen måste sparas innan den lämnas in.")));
		requireEditable(report);
		ReportInput content = content(report);
		var violations = new ArrayList<Violation>();
		requireText(content.whatWasDone(), "whatWasDone", "Vad som genomförts", violations);
		requireCount(content.participantsWomen(), "participantsWomen", "Deltagare, kvinnor", violations);
		requireCount(content.participantsMen(), "participantsMen", "Deltagare, män", violations);
		requireCount(content.participantsOther(), "participantsOther", "Deltagare, annat eller okänt kön", violations);
		requireText(content.experiences(), "experiences", "Erfarenheter och slutsatser", violations);
		if (content.implementationPlan() == null) {
			violations.add(new Violation("implementationPlan", "required",
					"Implementeringsplan måste anges: ja eller nej."));
		}
		else if (content.implementationPlan()) {
			requireText(content.implementationPlanHow(), "implementationPlanHow", "Hur implementeringen ska ske",
					violations);
		}
		requireText(content.proposals(), "proposals", "Förslag till fortsatt arbete", violations);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var before = report.snapshot();
		report.submitted(Instant.now());
		money.reportSubmitted(grantId);
		audit.record(AUDIT_TYPE, grantId, "submitted", before, report.snapshot());
		return view(report);
	}

	@Override
	public ReportView approve(UUID grantId, String comment, Long openedVersion) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = visible(me, grantId);
		GrantReport report = handedIn(grantId, openedVersion);
		String text = comment == null ? "" : comment.strip();
		if (text.length() > MAX_TEXT) {
			throw new ViolationException(new Violation("comment", "max-length",
					"Samordnarens kommentar får vara högst 10 000 tecken."));
		}
		var before = report.snapshot();
		report.approved(text.isEmpty() ? null : text, Instant.now());
		report = saved(reports, audit, report);
		money.reportApproved(grantId);
		audit.record(AUDIT_TYPE, grantId, "approved", before, report.snapshot());
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
			throw new ViolationException(new Violation("message", "required",
					"Meddelande måste anges: vad som ska kompletteras."));
		}
		if (text.length() > MAX_TEXT) {
			throw new ViolationException(new Violation("message", "max-length",
					"Meddelande får vara högst 10 000 tecken."));
		}
		var before = report.snapshot();
		report.returned(text, Instant.now());
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
			throw new ViolationException(new Violation("label", "required",
					"Kategori måste anges med högst 100 tecken."));
		}
		List<OutcomeCategory> before = loadCategories();
		if (before.stream().anyMatch(c -> c.code().equals(code))) {
			throw new ViolationException(new Violation("label", "unique", "Kategori finns redan: " + text + "."));
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
				violations.add(new Violation("lines-" + i + "-description", "required",
						"Budgetpost " + row + ": beskrivning måste anges."));
			}
			amount(l.granted(), "lines-" + i + "-granted", "Budgetpost " + row + ": beviljat belopp", violations);
			amount(l.actual(), "lines-" + i + "-actual", "Budgetpost " + row + ": faktiskt belopp", violations);
			lines.add(new ReportLine(description, l.granted(), l.actual()));
		}
		Set<String> known = loadCategories().stream().map(OutcomeCategory::code).collect(Collectors.toSet());
		var outcomes = new ArrayList<OutcomeCount>();
		for (OutcomeCount o : input.outcomes() == null ? List.<OutcomeCount>of() : input.outcomes()) {
			if (!known.contains(o.category())) {
				violations.add(new Violation("outcomes", "category", "Utfallskategorin finns inte: " + o.category() + "."));
				continue;
			}
			String prefix = "outcome-" + o.category();
			people(o.women(), prefix + "-women", "Utfall " + o.category() + ", kvinnor", violations);
			people(o.men(), prefix + "-men", "Utfall " + o.category() + ", män", violations);
			people(o.other(), prefix + "-other", "Utfall " + o.category() + ", annat eller okänt kön", violations);
			outcomes.add(o);
		}
		people(input.participantsWomen(), "participantsWomen", "Deltagare, kvinnor", violations);
		people(input.participantsMen(), "participantsMen", "Deltagare, män", violations);
		people(input.participantsOther(), "participantsOther", "Deltagare, annat eller okänt kön", violations);
		ReportInput clean = new ReportInput(strip(input.whatWasDone()), input.participantsWomen(),
				input.participantsMen(), input.participantsOther(), lines, outcomes, strip(input.experiences()),
				input.implementationPlan(), strip(input.implementationPlanHow()), strip(input.proposals()));
		maxLength(clean.whatWasDone(), "whatWasDone", "Vad som genomförts", violations);
		maxLength(clean.experiences(), "experiences", "Erfarenheter och slutsatser", violations);
		maxLength(clean.implementationPlanHow(), "implementationPlanHow", "Hur implementeringen ska ske", violations);
		maxLength(clean.proposals(), "proposals", "Förslag till fortsatt arbete", violations);
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
			.orElseThrow(() -> new ViolationException(new Violation("report", "status",
					"Redovisningen är inte inlämnad.")));
		audit.requireUnchanged(AUDIT_TYPE, grantId, openedVersion, report.version());
		if (report.status() != ReportStatus.INLAMNAD) {
			throw new ViolationException(new Violation("report", "status",
					"Redovisningen är inte inlämnad: den är " + report.status().label().toLowerCase() + "."));
		}
		return report;
	}

	private static void requireEditable(GrantReport report) {
		if (report.status() == ReportStatus.INLAMNAD || report.status() == ReportStatus.GODKAND) {
			throw new ViolationException(new Violation("report", "status",
					"Redovisningen är " + report.status().label().toLowerCase() + " och kan inte ändras."));
		}
	}

	private Grant visible(CurrentUser me, UUID grantId) {
		return grants.findById(grantId)
			.filter(g -> me.isOfficer() || g.organisationId().equals(me.organisationId()))
			.orElseThrow(() -> new NotFoundException("Beviljade medel finns inte."));
	}

	private static String strip(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

	private static void requireText(String text, String field, String label, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(new Violation(field, "required", label + " måste fyllas i innan redovisningen lämnas in."));
		}
	}

	private static void requireCount(Long count, String field, String label, List<Violation> violations) {
		if (count == null) {
			violations.add(new Violation(field, "required", label + " måste anges som ett heltal, 0 eller mer."));
		}
	}

	private static void amount(Long value, String field, String label, List<Violation> violations) {
		if (value != null && value < 0) {
			violations.add(new Violation(field, "non-negative", label + " får inte vara mindre än 0."));
		}
		else {
			PlausibleAmount.check(value, field, label).ifPresent(violations::add);
		}
	}

	private static void people(Long value, String field, String label, List<Violation> violations) {
		if (value != null && value < 0) {
			violations.add(new Violation(field, "non-negative", label + " får inte vara mindre än 0."));
		}
		else {
			PlausiblePeopleCount.check(value, field, label).ifPresent(violations::add);
		}
	}

	private static void maxLength(String text, String field, String label, List<Violation> violations) {
		if (text != null && text.length() > MAX_TEXT) {
			violations.add(new Violation(field, "max-length", label + " får vara högst 10 000 tecken."));
		}
	}
}
