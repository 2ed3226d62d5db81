package se.fuel.grants.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.SwedishFormat;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportLine;
import se.fuel.grants.rules.GrantStatusTransitions;
import se.fuel.system.FuelProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of the 2024 grants of document 002: every one handed in and approved with the coordinator's comment,
 * except Farsta's "Digital Lots för samsjukliga", still in progress with its report due date moved by the officer, so
 * that Farsta can write that report in the demo and still apply for new funds (its other 2024 reports are approved).
 * Farsta's study visit to Finland keeps its outstanding repayment notice.
 */
@Component
@Order(72)
class DemoGrantReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGrantReports.class);

	static final String IN_PROGRESS_TITLE = "Digital Lots för samsjukliga";

	// Made up: document 002 says nothing about the reports of 2024 or about extensions. The moved due date, its reason,
	// the report texts, the economy lines, the participants and the coordinator's comments below are all invented
	// for the demo.
	static final LocalDate EXTENDED_DUE_DATE = LocalDate.of(2027, 2, 26);

	/**
	 * Farsta must be able to write this report and still apply in the open demo round whenever the demo data is made:
	 * as with the 2027 call's dates, the moved due date is never less than 120 days away.
	 */
	static LocalDate extendedDueDate(LocalDate today) {
		LocalDate soonest = today.plusDays(120);
		return soonest.isAfter(EXTENDED_DUE_DATE) ? soonest : EXTENDED_DUE_DATE;
	}

	static final String EXTENSION_REASON = "Projektet har förlängts: den digitala lotsen infördes senare än planerat "
			+ "och utvärderingen blir klar först i januari 2027.";

	static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 2, 20);

	static final LocalDate APPROVED_ON = LocalDate.of(2025, 3, 14);

	private final FuelProperties properties;

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DemoGrantReports(FuelProperties properties, GrantRepository grants, GrantReportRepository reports,
			AuditTrail audit, JsonMapper json, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.grants = grants;
		this.reports = reports;
		this.audit = audit;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int approved = 0;
		for (Grant grant : grants.findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(DemoGrantFollowUp.YEAR)) {
			if (grant.origin() != Grant.Origin.DECISION) {
				continue;
			}
			if (grant.title().equals(IN_PROGRESS_TITLE)) {
				if (grant.reportDueDate() == null || grant.reportDueDate().isBefore(EXTENDED_DUE_DATE)) {
					var before = grant.snapshot();
					grant.changeReportDueDate(extendedDueDate(LocalDate.now(clock)), EXTENSION_REASON);
					audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "report-due-date-changed", before,
							grant.snapshot());
				}
				continue;
			}
			if (reports.findByGrantId(grant.id()).isPresent()
					|| !GrantStatusTransitions.allowed(grant.status(), GrantStatus.REPORT_HANDED_IN)) {
				continue;
			}
			approve(grant);
			approved++;
		}
		if (approved > 0) {
			log.info("Demo: {} reports of {} approved", approved, DemoGrantFollowUp.YEAR);
		}
	}

	private void approve(Grant grant) {
		boolean visit = grant.programmeCode().equals("MUL");
		long unused = grant.title().equals(DemoGrantFollowUp.REPAYING_TITLE) ? DemoGrantFollowUp.REPAYMENT : 0;
		List<ReportLine> lines = visit
				? List.of(new ReportLine("Resor", grant.amount() * 3 / 5, grant.amount() * 3 / 5 - unused),
						new ReportLine("Logi", grant.amount() - grant.amount() * 3 / 5,
								grant.amount() - grant.amount() * 3 / 5))
				: List.of(new ReportLine("Personal", grant.amount() * 4 / 5, grant.amount() * 4 / 5),
						new ReportLine("Utbildning och material", grant.amount() - grant.amount() * 4 / 5,
								grant.amount() - grant.amount() * 4 / 5));
		List<OutcomeCount> outcomes = visit ? List.of()
				: List.of(new OutcomeCount("arbete", 6L, 5L, 0L), new OutcomeCount("studier", 3L, 2L, 1L),
						new OutcomeCount("fortsatt-stod", 9L, 7L, 1L));
		Instant submittedAt = SUBMITTED_ON.atStartOfDay(SwedishFormat.ZONE).toInstant();
		Instant approvedAt = APPROVED_ON.atStartOfDay(SwedishFormat.ZONE).toInstant();
		var report = new GrantReport(grant.id(), submittedAt);
		report.write(visit ? "Studiebesök för " + grant.title().replace("Verksamhetsbesök, ", "") + " med fyra "
				+ "medarbetare, två dagar med besök hos tre verksamheter." : "Projektet genomfördes under 2024 enligt "
						+ "ansökan: metoden prövades med deltagare och följdes upp var tredje månad.",
				visit ? 3L : 18L, visit ? 1L : 14L, visit ? 0L : 2L, json.writeValueAsString(lines),
				json.writeValueAsString(outcomes),
				visit ? "Besöken gav konkreta idéer om samverkan som vi prövar i vår egen verksamhet."
						: "Tät samverkan med andra aktörer var avgörande; rekryteringen av deltagare tog längre tid än väntat.",
				!visit, visit ? null : "Arbetssättet ingår i ordinarie verksamhet från 2025.",
				visit ? "Sprida erfarenheterna på en arbetsplatsträff." : "Sprida metoden till fler stadsdelsområden.",
				submittedAt);
		report.submitted(submittedAt);
		var grantBefore = grant.snapshot();
		grant.moveTo(GrantStatus.REPORT_HANDED_IN);
		audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "report-submitted", grantBefore, grant.snapshot());
		var submitted = report.snapshot();
		report.approved(visit ? "Studiebesöket är väl redovisat och erfarenheterna tas till vara."
				: "Projektet har genomförts enligt beslutet och redovisats med utfall per kön.", approvedAt);
		reports.save(report);
		audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "submitted", null, submitted);
		audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "approved", submitted, report.snapshot());
		grantBefore = grant.snapshot();
		grant.moveTo(GrantStatus.APPROVED);
		audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "report-approved", grantBefore, grant.snapshot());
	}
}
