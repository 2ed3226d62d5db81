package se.fuel.calls.rules;

import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** The longest project period, when given, is between one month and five years. */
public final class LongestPeriodWithinLimits implements Rule<CallInput> {

	static final int MAX_MONTHS = 60;

	@Override
	public List<Violation> check(CallInput c) {
		Integer months = c.longestPeriodMonths();
		if (months == null || (months >= 1 && months <= MAX_MONTHS)) {
			return List.of();
		}
		return List.of(Violation.of("longestPeriodMonths", "longest-period-within-limits",
				"calls.rule.longestPeriodWithinLimits", String.valueOf(MAX_MONTHS)));
	}
}
