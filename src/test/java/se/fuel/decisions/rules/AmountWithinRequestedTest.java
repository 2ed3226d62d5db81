package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;

class AmountWithinRequestedTest {

	final AmountWithinRequested rule = new AmountWithinRequested();

	@Test
	void an_amount_above_the_requested_one_or_below_one_krona_is_refused() {
		AllocationLine granted = Lines.line(Recommendation.GRANT, 100_000, 100_000);
		assertThat(rule.check(new AmountWithinRequested.Change(granted, 100_001))).isNotEmpty();
		assertThat(rule.check(new AmountWithinRequested.Change(granted, 0))).isNotEmpty();
		assertThat(rule.check(new AmountWithinRequested.Change(granted, 1))).isEmpty();
	}

	@Test
	void a_refused_amount_names_the_application_and_its_requested_amount() {
		AllocationLine granted = Lines.line(Recommendation.GRANT, 100_000, 100_000);
		assertThat(rule.check(new AmountWithinRequested.Change(granted, 100_001))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Föreslaget belopp för FoU 2027/0007 ska vara "
					+ "mellan 1 kr och det sökta beloppet 100\u00A0000\u00A0kronor; för att avslå, ändra bedömningen."));
	}

	@Test
	void a_rejected_application_gets_no_amount_on_the_workbench() {
		assertThat(rule.check(new AmountWithinRequested.Change(Lines.line(Recommendation.REJECT, 0, 100_000), 50_000)))
			.extracting(Violation::rule).containsExactly("not-rejected");
	}

	@Test
	void an_unassessed_application_gets_no_amount_until_it_is_assessed() {
		assertThat(rule.check(new AmountWithinRequested.Change(Lines.line(null, 0, 100_000), 50_000)))
			.extracting(Violation::rule).containsExactly("assessed");
	}
}
