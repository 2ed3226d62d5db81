package se.fuel.grants.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.fuel.common.ExactSum;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.grants.ReportTotals;

/**
 * The sums of a report: granted and actually spent over the budget lines, the unused remainder (granted − spent,
 * never negative: overspending is the organisation's own cost, not a claim on the committee), and outcomes summed per
 * gender and per category. Missing numbers count as 0. Inputs are within PlausibleAmount and PlausiblePeopleCount,
 * and the sums are exact all the same, so a value that slipped past them fails loudly instead of wrapping round.
 */
final class ReportArithmetic {

	private ReportArithmetic() {
	}

	public static ReportTotals totals(ReportInput input) {
		List<ReportLine> lines = input.lines() == null ? List.of() : input.lines();
		List<OutcomeCount> outcomes = input.outcomes() == null ? List.of() : input.outcomes();
		long granted = ExactSum.of(lines, l -> n(l.granted()));
		long actual = ExactSum.of(lines, l -> n(l.actual()));
		long women = ExactSum.of(outcomes, o -> n(o.women()));
		long men = ExactSum.of(outcomes, o -> n(o.men()));
		long other = ExactSum.of(outcomes, o -> n(o.other()));
		Map<String, Long> perCategory = new LinkedHashMap<>();
		for (OutcomeCount o : outcomes) {
			perCategory.merge(o.category(), ExactSum.of(n(o.women()), n(o.men()), n(o.other())), Math::addExact);
		}
		return new ReportTotals(granted, actual, remainder(granted, actual), women, men, other,
				ExactSum.of(women, men, other), perCategory);
	}

	/** Unused money to offer as the repayment. */
	public static long remainder(long granted, long actual) {
		return Math.max(granted - actual, 0);
	}

	private static long n(Long value) {
		return value == null ? 0 : value;
	}
}
