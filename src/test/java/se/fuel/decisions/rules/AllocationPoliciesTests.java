package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.OrganisationCount;
import se.fuel.decisions.ProgrammeTotal;

class AllocationPoliciesTests {

	static ProgrammeTotal lum(long budget, long allocated) {
		return new ProgrammeTotal(UUID.randomUUID(), "LUM", "Lokala utvecklingsmedel", "Lokala utvecklingsmedel 2027",
				budget, 6_000_000, allocated, 10, 6);
	}

	static OrganisationCount farsta(int grants, Integer limit) {
		return new OrganisationCount(UUID.randomUUID(), "Farsta stadsdelsförvaltning", "LUM och MUL 2027", grants,
				limit);
	}

	static AllocationLine line(Recommendation recommendation, long amount, long requested) {
		return new AllocationLine(UUID.randomUUID(), UUID.randomUUID(), "LUM", "FoU 2027/0007", "Lots", UUID.randomUUID(),
				"Farsta", requested, recommendation, amount, Outcome.of(recommendation, amount, requested), null, "",
				false, 0);
	}

	@Test
	void a_total_at_the_budget_is_allowed() {
		assertThat(WithinBudget.check(lum(3_000_000, 3_000_000))).isEmpty();
	}

	@Test
	void a_total_over_the_budget_is_refused_naming_the_call_the_excess_and_the_budget() {
		assertThat(WithinBudget.check(lum(3_000_000, 3_120_000))).get().extracting(Violation::message)
			.isEqualTo("Fördelningen för Lokala utvecklingsmedel 2027 är 3\u00A0120\u00A0000\u00A0kronor, 120\u00A0000\u00A0kronor "
					+ "över budgeten på 3\u00A0000\u00A0000\u00A0kronor.");
	}

	@Test
	void an_organisation_at_the_cap_is_allowed_and_one_without_a_cap_never_exceeds_it() {
		assertThat(GrantsPerOrganisationCap.check(farsta(3, 3))).isEmpty();
		assertThat(GrantsPerOrganisationCap.check(farsta(9, null))).isEmpty();
	}

	@Test
	void a_fourth_grant_for_the_same_administration_in_a_year_is_refused_naming_the_administration() {
		assertThat(GrantsPerOrganisationCap.check(farsta(4, 3))).get().extracting(Violation::message)
			.isEqualTo("Farsta stadsdelsförvaltning får 4 beviljade ansökningar, men högst 3 per förvaltning och år är "
					+ "tillåtet (LUM och MUL 2027).");
	}

	@Test
	void an_unassessed_application_stands_in_the_way_of_finalising() {
		assertThat(EveryApplicationAssessed.check(List.of(line(null, 0, 100), line(Recommendation.GRANT, 100, 100))))
			.singleElement().extracting(Violation::message).asString().contains("FoU 2027/0007").contains("inte bedömd");
	}

	@Test
	void an_amount_above_the_requested_one_or_below_one_krona_is_refused() {
		AllocationLine granted = line(Recommendation.GRANT, 100_000, 100_000);
		assertThat(AmountWithinRequested.check(granted, 100_001)).isPresent();
		assertThat(AmountWithinRequested.check(granted, 0)).isPresent();
		assertThat(AmountWithinRequested.check(granted, 1)).isEmpty();
	}

	@Test
	void a_rejected_application_gets_no_amount_on_the_workbench() {
		assertThat(AmountWithinRequested.check(line(Recommendation.REJECT, 0, 100_000), 50_000)).get()
			.extracting(Violation::rule).isEqualTo("not-rejected");
	}

	@Test
	void less_than_requested_is_a_partial_grant_and_the_full_amount_a_grant() {
		assertThat(Outcome.of(Recommendation.GRANT, 50, 100)).isEqualTo(DecisionOutcome.PARTIALLY_GRANTED);
		assertThat(Outcome.of(Recommendation.PARTIAL_GRANT, 100, 100)).isEqualTo(DecisionOutcome.GRANTED);
		assertThat(Outcome.of(Recommendation.REJECT, 0, 100)).isEqualTo(DecisionOutcome.REJECTED);
		assertThat(Outcome.of(null, 0, 100)).isNull();
	}
}
