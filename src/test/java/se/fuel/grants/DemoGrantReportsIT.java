package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.applications.GrantFollowUp;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.RoundFixture;

/**
 * The demo's 2024 grants: every report approved except Farsta's "Digital Lots för samsjukliga", whose due date the
 * officer moved, so that Farsta can both write that report and apply for new funds.
 */
@DemoDataTest
class DemoGrantReportsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

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

	@Test
	void the_2024_reports_are_approved_except_digital_lots_which_has_more_time() {
		var round = new RoundFixture(mvc, userDetails);
		List<GrantView> of2024 = round.as("handlaggare", () -> grants.ofYear(2024)).stream()
			.filter(g -> !g.historical())
			// Other tests' 2024 grants (FollowUpFixture) are numbered "UPPF …".
			.filter(g -> g.registrationNumber() == null || !g.registrationNumber().startsWith("UPPF"))
			.toList();
		assertThat(of2024).hasSizeGreaterThanOrEqualTo(16);
		GrantView lots = of2024.stream().filter(g -> g.title().equals("Digital Lots för samsjukliga")).findFirst()
			.orElseThrow();
		assertThat(lots.status()).isEqualTo(GrantStatus.IN_PROGRESS);
		assertThat(lots.amount()).isEqualTo(500_000);
		assertThat(lots.reportDueDate()).isAfterOrEqualTo(LocalDate.of(2027, 2, 26))
			.isAfter(LocalDate.now(SwedishFormat.ZONE).plusDays(100));
		assertThat(round.as("handlaggare", () -> oversight.reportDueDateReason(lots.id()))).contains("förlängts");
		assertThat(of2024).filteredOn(g -> !g.id().equals(lots.id()))
			.allSatisfy(g -> assertThat(g.status()).isEqualTo(GrantStatus.APPROVED));
		for (GrantView g : of2024) {
			if (g.id().equals(lots.id())) {
				continue;
			}
			ReportView report = round.as("handlaggare", () -> reporting.report(g.id()));
			assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
			assertThat(report.totals().granted()).isEqualTo(g.amount());
			assertThat(report.coordinatorComment()).isNotBlank();
		}
		GrantView finland = of2024.stream().filter(g -> g.title().equals("Verksamhetsbesök, Finland")).findFirst()
			.orElseThrow();
		assertThat(round.as("handlaggare", () -> reporting.report(finland.id())).remainder()).isEqualTo(6_000);
		assertThat(round.as("handlaggare", () -> money.finances(finland.id())).repaymentMissing()).isTrue();

		UUID farsta = lots.organisationId();
		assertThat(followUp.outstandingReports(farsta, LocalDate.now(SwedishFormat.ZONE))).isEmpty();
		assertThat(followUp.outstandingReports(farsta, lots.reportDueDate().plusDays(1)))
			.anySatisfy(r -> assertThat(r.grantTitle()).isEqualTo("Digital Lots för samsjukliga"));
		assertThat(followUp.outstandingReports(farsta, lots.reportDueDate()))
			.noneSatisfy(r -> assertThat(r.grantTitle()).isEqualTo("Digital Lots för samsjukliga"));
	}
}
