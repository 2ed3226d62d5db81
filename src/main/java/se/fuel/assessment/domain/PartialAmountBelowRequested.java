package se.fuel.assessment.domain;

import java.util.List;

import se.fuel.assessment.Recommendation;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * "Bedöms kunna genomföras med en reducerad summa av ansökta medel": a partial grant is more than 0 and strictly less
 * than the requested amount.
 */
public final class PartialAmountBelowRequested implements AssessmentRule {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		if (c.input().recommendation() != Recommendation.PARTIAL_GRANT) {
			return List.of();
		}
		Long amount = c.input().partialAmount();
		if (amount == null) {
			return List.of(new Violation("partialAmount", "required",
					"Reducerat belopp: ange beloppet i hela kronor för ett delvis beviljande."));
		}
		if (amount <= 0 || amount >= c.requestedAmount()) {
			return List.of(new Violation("partialAmount", "partial-amount-below-requested",
					"Reducerat belopp: måste vara större än 0 och mindre än det sökta beloppet "
							+ SwedishFormat.kronor(c.requestedAmount()) + "."));
		}
		return List.of();
	}
}
