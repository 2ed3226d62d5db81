package se.fuel.grants;

import java.util.Map;

/**
 * Sums of a report: granted and spent over the budget lines, outcomes per gender and per category.
 *
 * @param perCategory outcome category code → participants in it, all genders
 */
public record ReportTotals(long granted, long actual, long remainder, long women, long men, long other,
		long outcomes, Map<String, Long> perCategory) {
}
