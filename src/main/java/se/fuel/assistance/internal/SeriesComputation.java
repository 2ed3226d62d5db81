package se.fuel.assistance.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.fuel.common.Text;
import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceQuery;
import se.fuel.assistance.RegistrationLevel;
import se.fuel.assistance.SeriesBreak;
import se.fuel.assistance.TargetTracking;

/**
 * Turns a series' stored figures into what the pages show: per month the figure, its rolling twelve-month average,
 * that average's change against the base year, the figure per 1 000 inhabitants, and where the series breaks. A
 * break is a month registered at another level than the month before, or a break known for every series (November
 * 2002); the rolling averages across a break are kept but marked, so nobody reads them as comparable.
 */
final class SeriesComputation {

	/** What the computation yields besides the points. */
	public record Result(List<AssistancePoint> points, Double baseYearAverage, TargetTracking target,
			List<SeriesBreak> breaks, boolean madeUp) {
	}

	private SeriesComputation() {
	}

	public static Result compute(AssistanceQuery query, List<AssistanceValues.Figure> figures,
			Map<Integer, Double> populationByYear, List<SeriesBreak> knownBreaks) {
		Map<YearMonth, Double> monthly = new TreeMap<>();
		Map<YearMonth, RegistrationLevel> levels = new TreeMap<>();
		Map<YearMonth, Boolean> madeUp = new TreeMap<>();
		Map<Integer, AssistanceValues.Figure> annual = new TreeMap<>();
		for (AssistanceValues.Figure f : figures) {
			if (f.annual()) {
				annual.put(f.period().getYear(), f);
			}
			else {
				monthly.put(f.month(), f.value());
				if (f.level() != null) {
					levels.put(f.month(), f.level());
				}
				madeUp.put(f.month(), f.madeUp());
			}
		}
		Map<YearMonth, SeriesBreak> breaks = breaks(levels, knownBreaks);
		Double base = RollingAverage.year(monthly, query.baseYear());
		if (base == null && annual.containsKey(query.baseYear())) {
			base = annual.get(query.baseYear()).value();
		}
		YearMonth first = YearMonth.of(query.fromYear(), 1);
		YearMonth last = YearMonth.of(query.toYear(), 12);
		List<AssistancePoint> points = new ArrayList<>();
		boolean anyMadeUp = false;
		for (int year = query.fromYear(); year <= query.toYear(); year++) {
			AssistanceValues.Figure a = annual.get(year);
			if (a != null) {
				anyMadeUp |= a.madeUp();
				points.add(new AssistancePoint(YearMonth.of(year, 1), true, a.value(), null,
						year == query.baseYear() ? null : BaseYearChange.percent(a.value(), base),
						PerCapita.perThousand(a.value(), populationByYear.get(year)), a.level(), false, false,
						a.madeUp()));
			}
		}
		YearMonth previous = null;
		YearMonth latestRolling = null;
		Double latestChange = null;
		for (Map.Entry<YearMonth, Double> e : monthly.entrySet()) {
			YearMonth month = e.getKey();
			if (month.isBefore(first) || month.isAfter(last)) {
				continue;
			}
			Double rolling = RollingAverage.at(monthly, month);
			Double change = BaseYearChange.percent(rolling, base);
			boolean breakBefore = breaks.containsKey(month) || (previous != null && !previous.plusMonths(1).equals(month));
			boolean spans = breaks.keySet().stream().anyMatch(b -> b.isAfter(month.minusMonths(11)) && !b.isAfter(month));
			boolean isMadeUp = madeUp.getOrDefault(month, false);
			anyMadeUp |= isMadeUp;
			points.add(new AssistancePoint(month, false, e.getValue(), rolling, change,
					PerCapita.perThousand(e.getValue(), populationByYear.get(month.getYear())), levels.get(month),
					breakBefore, rolling != null && spans, isMadeUp));
			if (change != null) {
				latestRolling = month;
				latestChange = change;
			}
			previous = month;
		}
		points.sort((x, y) -> x.month().equals(y.month()) ? Boolean.compare(!x.annual(), !y.annual())
				: x.month().compareTo(y.month()));
		TargetTracking target = latestRolling == null ? null
				: TargetProgress.of(query.baseYear(), query.targetYear(), query.targetChangePercent(), latestRolling,
						latestChange);
		List<SeriesBreak> shown = breaks.values().stream()
			.filter(b -> !b.month().isBefore(first) && !b.month().isAfter(last))
			.toList();
		return new Result(points, base, target, shown, anyMadeUp);
	}

	/** Known breaks, and every month registered at another level than the month before. */
	static Map<YearMonth, SeriesBreak> breaks(Map<YearMonth, RegistrationLevel> levels, List<SeriesBreak> known) {
		Map<YearMonth, SeriesBreak> result = new LinkedHashMap<>();
		RegistrationLevel before = null;
		YearMonth previous = null;
		for (Map.Entry<YearMonth, RegistrationLevel> e : levels.entrySet()) {
			// Only neighbouring months: a level after years without figures is another series, not a break.
			if (before != null && before != e.getValue() && previous.plusMonths(1).equals(e.getKey())) {
				result.put(e.getKey(), SeriesBreak.found(e.getKey(), Text.of("assistance.break.levelChanges",
						Text.of("assistance.level.lower." + before.name()),
						Text.of("assistance.level.lower." + e.getValue().name()))));
			}
			before = e.getValue();
			previous = e.getKey();
		}
		for (SeriesBreak b : known) {
			result.put(b.month(), b);
		}
		return new TreeMap<>(result);
	}
}
