package se.fuel.grants.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.GrantStatus;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;
import se.fuel.system.FuelProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grants decided before Fuel, entered from the documents of their time: the 32 development projects of 2002–2003
 * (document 001 section 2) with their reports, coordinator's comments and the reminders to those that never reported,
 * and the 13 research and local development projects of 2017 (document 004). The data lives in
 * {@code demo/grants-2002-2003.json} and {@code demo/grants-2017.json}, which say what in them is made up.
 */
@Component
@Order(75)
class DemoHistoricalGrants implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistoricalGrants.class);

	static final String EARLY = "demo/grants-2002-2003.json";

	static final String LATE = "demo/grants-2017.json";

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final FuelProperties properties;

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final GrantReminderRepository reminders;

	private final GrantPaymentRepository payments;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DemoHistoricalGrants(FuelProperties properties, GrantRepository grants, GrantReportRepository reports,
			GrantReminderRepository reminders, GrantPaymentRepository payments, Organisations organisations,
			AuditTrail audit, JsonMapper json, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.grants = grants;
		this.reports = reports;
		this.reminders = reminders;
		this.payments = payments;
		this.organisations = organisations;
		this.audit = audit;
		this.json = json;
	}

	/** document 001 section 2: the projects of the "5+5" development funds, 2002–2003. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Early(String programme, LocalDate reportedOn, List<EarlyGrant> grants) {
	}

	/** One project of document 001; {@code reported} false: the seed says no report came in despite reminders. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record EarlyGrant(String reference, String area, String organisation, List<String> partners, String title,
			long amount, int year, LocalDate periodStart, LocalDate periodEnd, LocalDate decidedOn,
			LocalDate reportDueDate, String targetGroup, String purpose, boolean reported, Boolean implementationPlan,
			String experiences, String implementationPlans, String proposals, String coordinatorComment,
			List<LocalDate> reminders, List<Paid> payments) {
	}

	/** A payment of a grant: document 001 splits some amounts by year ("250 tkr 2002 och 82 tkr 2003"). */
	record Paid(LocalDate paidOn, long amount) {
	}

	/** document 004: the research (FoU) and local development (LUM) projects of 2017. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Late(int year, LocalDate periodStart, LocalDate periodEnd, LocalDate decidedOn, LocalDate reportDueDate,
			LocalDate paidOn, LocalDate reportedOn, String coordinatorComment, List<LateGrant> grants) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record LateGrant(String reference, String programme, String organisation, List<String> partners, String title,
			long amount, String purpose, String whatWasDone, String experiences) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int created = 0;
		Early early = read(EARLY, Early.class);
		for (EarlyGrant e : early.grants()) {
			if (grants.existsByOriginAndRegistrationNumber(Grant.Origin.HISTORICAL, e.reference())) {
				continue;
			}
			enterEarly(early, e);
			created++;
		}
		Late late = read(LATE, Late.class);
		for (LateGrant l : late.grants()) {
			if (grants.existsByOriginAndRegistrationNumber(Grant.Origin.HISTORICAL, l.reference())) {
				continue;
			}
			enterLate(late, l);
			created++;
		}
		if (created > 0) {
			log.info("Demo: {} grants decided before Fuel entered (document 001 2002-2003, document 004 2017)", created);
		}
	}

	private void enterEarly(Early file, EarlyGrant e) {
		GrantStatus status = e.reported() ? GrantStatus.CLOSED : GrantStatus.IN_PROGRESS;
		Grant grant = create(new Grant.Historical(id(e.organisation()), e.reference(), e.title(), file.programme(),
				e.year(), e.amount(), e.periodStart(), e.periodEnd(), e.reportDueDate(), e.decidedOn(), null, status,
				new Grant.ProjectFacts(e.targetGroup(), e.purpose(), e.area(), ids(e.partners()))));
		for (Paid paid : e.payments()) {
			pay(grant, paid);
		}
		Instant reportedAt = noon(file.reportedOn());
		var report = new GrantReport(grant.id(), reportedAt);
		if (e.reported()) {
			report.write(null, null, null, null, "[]", "[]", e.experiences(), e.implementationPlan(),
					e.implementationPlans(), e.proposals(), reportedAt);
			report.submitted(noon(e.reportDueDate()));
			report.approved(e.coordinatorComment(), reportedAt);
			reports.save(report);
			audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "approved", null, report.snapshot());
			return;
		}
		report.writeCoordinatorComment(e.coordinatorComment(), reportedAt);
		reports.save(report);
		audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "coordinator-comment-written", null, report.snapshot());
		for (LocalDate sentOn : e.reminders()) {
			// The seed only says "Trots flera påminnelser": the days of the reminders are made up (see the data file).
			ReminderSchedule.Step step = sentOn.equals(e.reportDueDate()) ? ReminderSchedule.Step.ON_DUE_DATE
					: ReminderSchedule.Step.WEEK_AFTER;
			reminders.save(new GrantReminder(grant.id(), GrantReminder.Kind.REPORT, step, e.reportDueDate(), sentOn,
					1, noon(sentOn)));
			audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "reminder-sent", null,
					Map.of("kind", GrantReminder.Kind.REPORT.name(), "step", step.name(), "sentOn", sentOn.toString()));
		}
	}

	private void enterLate(Late file, LateGrant l) {
		// Amounts, references and dates of 2017 are made up: document 004 gives none (see the data file).
		Grant grant = create(new Grant.Historical(id(l.organisation()), l.reference(), l.title(), l.programme(),
				file.year(), l.amount(), file.periodStart(), file.periodEnd(), file.reportDueDate(), file.decidedOn(),
				null, GrantStatus.CLOSED, new Grant.ProjectFacts(null, l.purpose(), null, ids(l.partners()))));
		pay(grant, new Paid(file.paidOn(), l.amount()));
		Instant reportedAt = noon(file.reportedOn());
		var report = new GrantReport(grant.id(), reportedAt);
		report.write(l.whatWasDone(), null, null, null, "[]", "[]", l.experiences(), null, null, null, reportedAt);
		report.submitted(noon(file.reportDueDate()));
		report.approved(file.coordinatorComment(), reportedAt);
		reports.save(report);
		audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "approved", null, report.snapshot());
	}

	private Grant create(Grant.Historical h) {
		Grant grant = grants.save(Grant.historical(h, clock.instant()));
		audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "created", null, grant.snapshot());
		return grant;
	}

	/** The money went out before Fuel: recorded so that the grant does not read as still to be paid. */
	private void pay(Grant grant, Paid paid) {
		var payment = payments.save(new GrantPayment(grant.id(), GrantPayment.Kind.PAYMENT, paid.paidOn(),
				paid.amount(), clock.instant(), null));
		audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "payment-recorded", null, payment.snapshot());
	}

	private UUID id(String code) {
		return organisations.findByCode(code)
			.map(OrganisationSummary::id)
			.orElseThrow(() -> new IllegalStateException("No organisation " + code + " for a historical grant"));
	}

	private Set<UUID> ids(List<String> codes) {
		Set<UUID> ids = new HashSet<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			ids.add(id(code));
		}
		return ids;
	}

	private static Instant noon(LocalDate day) {
		return day.atTime(12, 0).atZone(STOCKHOLM).toInstant();
	}

	private <T> T read(String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + path, e);
		}
	}
}
