package se.fuel.statistics.web;

import java.util.List;

import se.fuel.common.SwedishFormat;
import se.fuel.documents.charts.ColumnChart;

/**
 * Fund figures per year as upright bars ({@link ColumnChart}), each value written in Swedish figures with its unit;
 * the same figures are always in a table beside it.
 */
final class BarChart {

	/** One bar: its label under it and its value. */
	public record Bar(String label, long value) {
	}

	private BarChart() {
	}

	/**
	 * The chart as inline SVG.
	 *
	 * @param id unique on the page, for the title's and description's ids
	 * @param unit shown after each value, e.g. "tkr"
	 */
	public static String svg(String id, String title, String description, List<Bar> bars, String unit) {
		return ColumnChart.of(id, title, description, bars.stream()
			.map(b -> new ColumnChart.Column(b.label(), b.value(),
					SwedishFormat.amount(b.value()) + (unit.isEmpty() ? "" : " " + unit)))
			.toList()).svg();
	}
}
