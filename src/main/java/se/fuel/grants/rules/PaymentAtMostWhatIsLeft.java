package se.fuel.grants.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * A payment out is a whole number of kronor above 0 and at most what is left of the grant: the granted amount less
 * what was already paid out. The committee granted that much and no more.
 */
public final class PaymentAtMostWhatIsLeft implements Rule<PaymentAtMostWhatIsLeft.Payment> {

	public static final String RULE = "payment-within-grant";

	public static final String RULE_POSITIVE = "amount-positive";

	/** A payment to check: the amount typed (null when none was) and what is left to pay out. */
	public record Payment(Long amount, long leftToPay) {
	}

	@Override
	public List<Violation> check(Payment p) {
		if (p.amount() == null) {
			return List.of(Violation.of("amount", RULE_POSITIVE, "grants.rule.payment.required"));
		}
		if (p.amount() <= 0) {
			return List.of(Violation.of("amount", RULE_POSITIVE, "grants.rule.payment.positive"));
		}
		if (p.amount() > p.leftToPay()) {
			return List.of(Violation.of("amount", RULE, "grants.rule.payment.withinGrant",
					SwedishFormat.kronor(p.leftToPay())));
		}
		return List.of();
	}
}
