package se.fuel.statistics.tables;

import java.util.List;

import se.fuel.documents.charts.RowChart;

/**
 * Statistics whose labels are long (organisations, barrier categories) as bars lying down ({@link RowChart}); the
 * same figures are always in a table beside it.
 */
public final class HorizontalBarChart {

	/**
	 * One bar.
	 *
	 * @param text the value as written after the bar, e.g. "4 184 (28,5 %)"
	 */
	public record Bar(String label, double value, String text) {
	}

	private HorizontalBarChart() {
	}

	/** @param id unique on the page, for the title's and description's ids */
	public static String svg(String id, String title, String description, List<Bar> bars) {
		return RowChart.svg(id, title, description,
				bars.stream().map(b -> new RowChart.Row(b.label(), b.value(), b.text())).toList());
	}
}
