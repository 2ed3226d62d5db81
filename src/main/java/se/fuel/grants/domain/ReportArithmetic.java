package se.fuel.grants.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.grants.ReportTotals;

/**
 * The sums of a report: granted and actually spent over the budget lines, the unused remainder (granted − spent,
 * never negative: overspending is the organisation's own cost, not a claim on the committee), and outcomes summed per
 * gender and per category. Missing numbers count as 0.
 */
public final class ReportArithmetic {

	private ReportArithmetic() {
	}

	public static ReportTotals totals(ReportInput input) {
		List<ReportLine> lines = input.lines() == null ? List.of() : input.lines();
		List<OutcomeCount> outcomes = input.outcomes() == null ? List.of() : input.outcomes();
		long granted = lines.stream().mapToLong(l -> n(l.granted())).sum();
		long actual = lines.stream().mapToLong(l -> n(l.actual())).sum();
		long women = outcomes.stream().mapToLong(o -> n(o.women())).sum();
		long men = outcomes.stream().mapToLong(o -> n(o.men())).sum();
		long other = outcomes.stream().mapToLong(o -> n(o.other())).sum();
		Map<String, Long> perCategory = new LinkedHashMap<>();
		for (OutcomeCount o : outcomes) {
			perCategory.merge(o.category(), n(o.women()) + n(o.men()) + n(o.other()), Long::sum);
		}
		return new ReportTotals(granted, actual, remainder(granted, actual), women, men, other, women + men + other,
				perCategory);
	}

	/** Unused money to offer as the repayment. */
	public static long remainder(long granted, long actual) {
		return Math.max(granted - actual, 0);
	}

	private static long n(Long value) {
		return value == null ? 0 : value;
	}
}
