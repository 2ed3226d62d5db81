package se.fuel.calls.domain;

import java.util.List;

import se.fuel.common.Violation;

/** The longest project period, when given, is between one month and five years. */
public final class LongestPeriodWithinLimits implements CallRule {

	static final int MAX_MONTHS = 60;

	@Override
	public List<Violation> check(CallInput c) {
		Integer months = c.longestPeriodMonths();
		if (months == null || (months >= 1 && months <= MAX_MONTHS)) {
			return List.of();
		}
		return List.of(new Violation("longestPeriodMonths", "longest-period-within-limits",
				"Fältet ”Längsta projektperiod” måste vara mellan 1 och " + MAX_MONTHS
						+ " månader, eller tomt om det inte finns någon gräns."));
	}
}
