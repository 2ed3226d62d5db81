package se.fuel.grants.domain;

import java.util.Optional;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * A repayment (återbetalning) is at least 1 krona and no more than what the organisation has: the amount paid out, or
 * the amount granted while nothing has been paid yet.
 */
public final class RepaymentWithinGrant {

	private RepaymentWithinGrant() {
	}

	/** The most that can be paid back: the amount paid, or the granted amount when nothing was paid. */
	public static long ceiling(long granted, long paid) {
		return paid > 0 ? paid : granted;
	}

	public static Optional<Violation> check(String field, String label, long amount, long granted, long paid) {
		long max = ceiling(granted, paid);
		if (amount < 1 || amount > max) {
			return Optional.of(new Violation(field, "repayment-within-grant",
					label + " måste vara mellan 1 och " + SwedishFormat.kronor(max) + " ("
							+ (paid > 0 ? "utbetalt" : "beviljat") + " belopp)."));
		}
		return Optional.empty();
	}
}
