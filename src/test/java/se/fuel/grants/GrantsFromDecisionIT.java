package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.FuelIntegrationTest;
import se.fuel.decisions.Allocations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** A real round decided through the decisions module's facades creates the grants; a year no other test uses. */
@FuelIntegrationTest
class GrantsFromDecisionIT {

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Allocations allocations;

	@Autowired
	Grants grants;

	@Autowired
	Clock clock;

	@Test
	void recording_the_committees_decision_creates_the_grants_of_the_granted_and_partly_granted_applications()
			throws Exception {
		int year = cycle.year();
		UUID call = cycle.call(year, 1_000_000, 3);
		String first = data.applicant(data.district());
		String second = data.applicant(data.district());
		UUID granted = cycle.submitted(first, call, year, "Beviljas " + year, 300_000);
		UUID partial = cycle.submitted(first, call, year, "Delvis " + year, 250_000);
		UUID rejected = cycle.submitted(second, call, year, "Avslås " + year, 200_000);
		cycle.recommendGrant(granted);
		cycle.recommendGrant(partial);
		cycle.recommendRejection(rejected);
		data.run(cycle.officer(), () -> allocations.changeAmount(year, partial, 100_000, null));
		cycle.decide(year, "§ 9");
		LocalDate today = LocalDate.now(clock);

		List<GrantView> decided = data.as(cycle.officer(), () -> grants.ofYear(year));
		assertThat(decided).extracting(GrantView::applicationId).containsExactlyInAnyOrder(granted, partial);
		assertThat(decided).allSatisfy(g -> {
			assertThat(g.periodStart()).isEqualTo(LocalDate.of(year, 1, 1));
			assertThat(g.periodEnd()).isEqualTo(LocalDate.of(year, 12, 31));
			assertThat(g.reportDueDate()).isEqualTo(LocalDate.of(year + 1, 2, 28));
			assertThat(g.decidedOn()).isEqualTo(today);
			assertThat(g.paragraph()).isEqualTo("§ 9");
			assertThat(g.status()).isEqualTo(GrantStatus.GRANTED);
			assertThat(g.callId()).isEqualTo(call);
			assertThat(g.registrationNumber()).isNotBlank();
			assertThat(g.targetGroup()).isEqualTo("Unga vuxna");
			assertThat(g.purpose()).isEqualTo("Fler i egen försörjning");
			assertThat(g.historical()).isFalse();
			assertThat(g.organisationName()).isNotBlank();
		});
		assertThat(decided).filteredOn(g -> g.applicationId().equals(partial)).singleElement()
			.satisfies(g -> assertThat(g.amount()).isEqualTo(100_000));
		assertThat(decided).filteredOn(g -> g.applicationId().equals(granted)).singleElement()
			.satisfies(g -> assertThat(g.amount()).isEqualTo(300_000));

		assertThat(data.as(first, () -> grants.visible(year))).hasSize(2);
		assertThat(data.as(second, () -> grants.visible(year))).isEmpty();
	}
}
