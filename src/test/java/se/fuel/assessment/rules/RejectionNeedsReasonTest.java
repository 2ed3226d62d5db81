package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;

class RejectionNeedsReasonTest {

	final RejectionNeedsReason rule = new RejectionNeedsReason();

	@Test
	void accepts_a_rejection_with_a_reason_category_and_a_motivation() {
		assertThat(rule.check(Candidates.of(Candidates.firstFailed(), Recommendation.REJECT, null, UUID.randomUUID(),
				"Metoden är redan prövad"))).isEmpty();
	}

	@Test
	void refuses_a_rejection_without_reason_category_or_motivation() {
		var found = rule.check(Candidates.of(Candidates.firstFailed(), Recommendation.REJECT, null, null, "  "));
		assertThat(found).extracting(Violation::field).containsExactly("reasonCategoryId", "motivation");
		assertThat(TestTexts.swedish(found.get(0))).startsWith("Avslagsgrund");
		assertThat(TestTexts.swedish(found.get(1))).startsWith("Motivering");
	}

	@Test
	void asks_no_reason_for_a_grant() {
		assertThat(rule.check(Candidates.of(Candidates.allMet(), Recommendation.GRANT, null, null, null))).isEmpty();
	}
}
