package se.fuel.assessment.rules;

import java.util.List;

import se.fuel.assessment.Recommendation;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * "Bedöms kunna genomföras med en reducerad summa av ansökta medel": a partial grant is more than 0 and strictly less
 * than the requested amount.
 */
public final class PartialAmountBelowRequested implements Rule<AssessmentCandidate> {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		if (c.input().recommendation() != Recommendation.PARTIAL_GRANT) {
			return List.of();
		}
		Long amount = c.input().partialAmount();
		if (amount == null) {
			return List.of(Violation.of("partialAmount", "required", "assessment.rule.partialAmountRequired"));
		}
		if (amount <= 0 || amount >= c.requestedAmount()) {
			return List.of(Violation.of("partialAmount", "partial-amount-below-requested",
					"assessment.rule.partialAmountBelowRequested", SwedishFormat.kronor(c.requestedAmount())));
		}
		return List.of();
	}
}
