package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.DemoDataTest;
import se.fuel.applications.GrantFollowUp;
import se.fuel.common.SwedishFormat;
import se.fuel.testdata.TestData;

/**
 * The demo's 2024 grants: every report approved except Farsta's "Digital Lots för samsjukliga", whose due date the
 * officer moved, so that Farsta can both write that report and apply for new funds; every grant paid in full, and
 * Farsta's visit to Finland notified a repayment.
 */
@DemoDataTest
class DemoGrantReportsIT {

	@Autowired
	TestData data;

	@Autowired
	Grants grants;

	@Autowired
	GrantReporting reporting;

	@Autowired
	GrantMoney money;

	@Autowired
	ReportOversight oversight;

	@Autowired
	GrantFollowUp followUp;

	/** The demo's grants of 2024 decided in Fuel; the historical ones come from the seeds. */
	List<GrantView> demo2024() {
		return data.as("handlaggare", () -> grants.ofYear(2024)).stream().filter(g -> !g.historical()).toList();
	}

	GrantFinances finances(GrantView grant) {
		return data.as("handlaggare", () -> money.finances(grant.id()));
	}

	@Test
	void the_2024_reports_are_approved_except_digital_lots_which_has_more_time() {
		List<GrantView> of2024 = demo2024();
		assertThat(of2024).hasSizeGreaterThanOrEqualTo(16);
		GrantView lots = of2024.stream().filter(g -> g.title().equals("Digital Lots för samsjukliga")).findFirst()
			.orElseThrow();
		assertThat(lots.status()).isEqualTo(GrantStatus.IN_PROGRESS);
		assertThat(lots.amount()).isEqualTo(500_000);
		assertThat(lots.reportDueDate()).isAfterOrEqualTo(LocalDate.of(2027, 2, 26))
			.isAfter(LocalDate.now(SwedishFormat.ZONE).plusDays(100));
		assertThat(data.as("handlaggare", () -> oversight.reportDueDateReason(lots.id()))).contains("förlängts");
		assertThat(of2024).filteredOn(g -> !g.id().equals(lots.id()))
			.allSatisfy(g -> assertThat(g.status()).isEqualTo(GrantStatus.APPROVED));
		for (GrantView g : of2024) {
			if (g.id().equals(lots.id())) {
				continue;
			}
			ReportView report = data.as("handlaggare", () -> reporting.report(g.id()));
			assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
			assertThat(report.totals().granted()).isEqualTo(g.amount());
			assertThat(report.coordinatorComment()).isNotBlank();
		}
		GrantView finland = of2024.stream().filter(g -> g.title().equals("Verksamhetsbesök, Finland")).findFirst()
			.orElseThrow();
		assertThat(data.as("handlaggare", () -> reporting.report(finland.id())).remainder()).isEqualTo(6_000);
		assertThat(data.as("handlaggare", () -> money.finances(finland.id())).repaymentMissing()).isTrue();

		UUID farsta = lots.organisationId();
		assertThat(followUp.outstandingReports(farsta, LocalDate.now(SwedishFormat.ZONE))).isEmpty();
		assertThat(followUp.outstandingReports(farsta, lots.reportDueDate().plusDays(1)))
			.anySatisfy(r -> assertThat(r.grantTitle()).isEqualTo("Digital Lots för samsjukliga"));
		assertThat(followUp.outstandingReports(farsta, lots.reportDueDate()))
			.noneSatisfy(r -> assertThat(r.grantTitle()).isEqualTo("Digital Lots för samsjukliga"));
	}

	@Test
	void the_2024_demo_grants_are_paid_in_full_and_reported_and_farstas_finland_visit_notified_6000_kronor() {
		List<GrantView> demo = demo2024();
		assertThat(demo).isNotEmpty().allSatisfy(g -> {
			// Every report approved but Digital Lots', still in progress with more time (DemoGrantReports).
			assertThat(g.status()).isEqualTo(g.title().equals("Digital Lots för samsjukliga") ? GrantStatus.IN_PROGRESS
					: GrantStatus.APPROVED);
			var f = finances(g);
			assertThat(f.paid()).isEqualTo(g.amount());
			assertThat(f.payments()).containsExactly(new GrantFinances.Movement(LocalDate.of(2024, 1, 31), g.amount()));
		});
		GrantView finland = demo.stream().filter(g -> g.title().equals("Verksamhetsbesök, Finland")).findFirst()
			.orElseThrow();
		assertThat(finland.organisationName()).containsIgnoringCase("Farsta");
		var f = finances(finland);
		assertThat(f.notified()).isEqualTo(6_000);
		assertThat(f.notifiedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
		assertThat(f.note()).isEqualTo("Resan blev kortare än planerat");
		assertThat(f.noticeLate()).isFalse();
		assertThat(f.received()).isZero();
		assertThat(f.repaymentMissing()).isTrue();
	}
}
