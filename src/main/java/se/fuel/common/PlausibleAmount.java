package se.fuel.common;

import java.util.Optional;

/**
 * An amount in whole kronor is between 0 and 1 000 000 000 (a billion kronor). Stockholm's social-services R&D funds
 * hand out a few million kronor a year and a single project a few hundred thousand, so a billion is far above any
 * real budget line, grant, payment or repayment while it still catches a mistyped or hostile number. It also keeps
 * every sum Fuel makes (thousands of lines at most) far inside a {@code long}.
 */
public final class PlausibleAmount {

	public static final String RULE = "amount-in-range";

	public static final long MAX_KRONOR = 1_000_000_000L;

	private static final PlausibleRange RANGE = new PlausibleRange(RULE, MAX_KRONOR, "common.plausibleAmount",
			SwedishFormat::kronor);

	private PlausibleAmount() {
	}

	/** The violation if {@code kronor} is negative or above the maximum; a missing amount is another rule's. */
	public static Optional<Violation> check(Long kronor, String field, Text label) {
		return RANGE.check(kronor, field, label);
	}
}
