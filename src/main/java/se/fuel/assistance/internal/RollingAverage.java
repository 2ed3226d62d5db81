package se.fuel.assistance.internal;

import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Löpande 12-månaders genomsnitt: the average of a month and the eleven before it, as the annual report's Bilaga 2 shows the
 * series. A month without all twelve figures has no average, rather than one of fewer months.
 */
final class RollingAverage {

	private RollingAverage() {
	}

	public static SortedMap<YearMonth, Double> of(Map<YearMonth, Double> monthly) {
		SortedMap<YearMonth, Double> result = new TreeMap<>();
		for (YearMonth month : new TreeMap<>(monthly).keySet()) {
			Double average = at(monthly, month);
			if (average != null) {
				result.put(month, average);
			}
		}
		return result;
	}

	/** The average of the twelve months ending with {@code month}, or null when one of them is missing. */
	public static Double at(Map<YearMonth, Double> monthly, YearMonth month) {
		double sum = 0;
		for (int i = 0; i < 12; i++) {
			Double v = monthly.get(month.minusMonths(i));
			if (v == null) {
				return null;
			}
			sum += v;
		}
		return sum / 12;
	}

	/** A calendar year's average: the rolling average at its December. */
	public static Double year(Map<YearMonth, Double> monthly, int year) {
		return at(monthly, YearMonth.of(year, 12));
	}
}
