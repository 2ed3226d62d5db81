package se.fuel.calls.rules;

import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * The year the funds are for lies between the first programmes in the documents (2002) with some margin and a
 * near future; anything else is a typing error.
 */
public final class PlausibleYear implements Rule<CallInput> {

	public static final int EARLIEST = 1990;

	public static final int LATEST = 2100;

	@Override
	public List<Violation> check(CallInput c) {
		if (c.year() == null || (c.year() >= EARLIEST && c.year() <= LATEST)) {
			return List.of();
		}
		return List.of(Violation.of("year", "plausible-year", "calls.rule.plausibleYear", String.valueOf(EARLIEST),
				String.valueOf(LATEST)));
	}
}
