package se.fuel.statistics;

import java.util.List;

/**
 * What the handed-in reports say of their participants: how many, by gender, and where they ended (arbete, studier,
 * ...), per year, per area and per method. The reports themselves name no method: a report counts under the methods
 * of the published knowledge-bank items of its grant, under each of them when there are several, and under "Metod ej
 * angiven" when there is none.
 */
public record OutcomeStatistics(FundQuery query, List<String> categories, List<OutcomeRow> byYear,
		List<OutcomeRow> byArea, List<OutcomeRow> byMethod, OutcomeRow total) {

	/**
	 * @param reports handed-in reports counted
	 * @param participants women, men and other together
	 * @param categories one per category of {@link OutcomeStatistics#categories()}, in that order
	 */
	public record OutcomeRow(String label, int reports, long women, long men, long other, long participants,
			List<CategoryCount> categories) {
	}

	/**
	 * Participants who ended in one category, e.g. "122 av 233 (52,3 %)".
	 *
	 * @param share per cent of the row's participants, one decimal; null when the row has none
	 */
	public record CategoryCount(String code, String label, long women, long men, long other, long total,
			Double share) {
	}
}
