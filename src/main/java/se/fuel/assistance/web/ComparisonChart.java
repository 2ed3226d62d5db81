package se.fuel.assistance.web;

import se.fuel.documents.charts.RangeChart;

import se.fuel.assistance.DistrictComparisonView;

/**
 * The district comparison as a dot plot ({@link RangeChart}): per district its expected value (an open square) and
 * its actual value (a filled circle), the flagged districts named as such in words. The same numbers are in the table
 * beside it.
 */
final class ComparisonChart {

	private ComparisonChart() {
	}

	static String svg(String id, String title, DistrictComparisonView view) {
		return RangeChart.svg(id, title, description(view),
				new RangeChart.Legend("Faktiskt", "Förväntat", "Faktiskt / förväntat"), view.rows()
					.stream()
					.map(d -> new RangeChart.Row(
							d.name() + (d.flag() > 0 ? " (högre än väntat)" : d.flag() < 0 ? " (lägre än väntat)" : ""),
							d.actual(), d.expected(),
							Figures.number(d.actual(), 1) + " / " + Figures.number(d.expected(), 1)))
					.toList());
	}

	/** For screen readers: what the chart shows and which districts stand out. */
	static String description(DistrictComparisonView view) {
		StringBuilder d = new StringBuilder("Punktdiagram per stadsdel: fylld cirkel är det faktiska värdet, ofylld "
				+ "kvadrat det förväntade.");
		view.rows().stream().filter(r -> r.flag() != 0).forEach(r -> d.append(' ').append(r.name())
			.append(r.flag() > 0 ? " har högre än väntat: " : " har lägre än väntat: ")
			.append(Figures.number(r.actual(), 1)).append(" mot ").append(Figures.number(r.expected(), 1))
			.append('.'));
		return d.append(" Alla värden finns i tabellen.").toString();
	}
}
