package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.common.SwedishFormat;

/**
 * The requested amount is more than nothing and at most the call's highest amount per application (750 000 kronor for
 * LUM in 2019, 25 000 kronor for MUL).
 */
public final class AmountWithinCap implements EligibilityPolicy {

	public static final String RULE = "amount-within-cap";

	public static final String RULE_POSITIVE = "amount-positive";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		long requested = candidate.requestedAmount();
		long cap = candidate.call().maxAmountPerApplication();
		if (requested <= 0) {
			return List.of(Finding.error(FieldLabels.REQUESTED_AMOUNT, RULE_POSITIVE, "Sökt belopp ("
					+ SwedishFormat.kronor(requested) + ") måste vara större än 0 kronor."));
		}
		if (requested > cap) {
			return List.of(Finding.error(FieldLabels.REQUESTED_AMOUNT, RULE,
					"Sökt belopp (" + SwedishFormat.kronor(requested)
							+ ") är högre än utlysningens högsta belopp per ansökan, " + SwedishFormat.kronor(cap)
							+ "."));
		}
		return List.of();
	}
}
