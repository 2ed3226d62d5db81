package se.fuel.assistance;

import java.time.YearMonth;
import java.util.List;

/**
 * An economic-assistance series as pages, exports and the API show it.
 *
 * @param organisationName the organisation, or the whole city in Swedish (as the exports write it)
 * @param includedOrganisations the organisations whose figures are added up (the lineage, or every district)
 * @param baseYearAverage the base year's average, null when the base year is incomplete
 * @param target progress towards the target, null without a base year or a full latest year
 * @param sharesMonth the month of {@code shares}: the latest with figures per barrier category
 * @param madeUp some figure in the series is made up (demo data)
 */
public record AssistanceSeriesView(AssistanceQuery query, String organisationName, List<String> includedOrganisations,
		List<AssistancePoint> points, Double baseYearAverage, TargetTracking target, List<SeriesBreak> breaks,
		YearMonth sharesMonth, List<CategoryShare> shares, boolean madeUp) {

	public boolean empty() {
		return points.stream().allMatch(p -> p.value() == null);
	}
}
