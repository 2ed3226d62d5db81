package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * The requested amount is more than nothing and at most the call's highest amount per application (750 000 kronor for
 * LUM in 2019, 25 000 kronor for MUL).
 */
public final class AmountWithinCap implements Rule<SubmissionCandidate> {

	public static final String RULE = "amount-within-cap";

	public static final String RULE_POSITIVE = "amount-positive";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		long requested = candidate.requestedAmount();
		long cap = candidate.call().maxAmountPerApplication();
		if (requested <= 0) {
			return List.of(Violation.of(FieldLabels.REQUESTED_AMOUNT, RULE_POSITIVE, "applications.rule.amountPositive",
					SwedishFormat.kronor(requested)));
		}
		if (requested > cap) {
			return List.of(Violation.of(FieldLabels.REQUESTED_AMOUNT, RULE, "applications.rule.amountWithinCap",
					SwedishFormat.kronor(requested), SwedishFormat.kronor(cap)));
		}
		return List.of();
	}
}
