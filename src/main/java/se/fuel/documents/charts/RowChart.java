package se.fuel.documents.charts;

import java.util.List;

/**
 * Bars lying down, one row each, for figures whose labels are long (organisations, barrier categories): the label on
 * the left, the bar, and the value written after it; the longest bar fills the plot.
 */
public final class RowChart {

	/**
	 * One bar.
	 *
	 * @param text the value as written after the bar, e.g. "4 184 (28,5 %)"
	 */
	public record Row(String label, double value, String text) {
	}

	static final int WIDTH = 760;

	static final int ROW = 24;

	static final int TOP = 8;

	static final int LABEL = 300;

	static final int PLOT_END = 620;

	private RowChart() {
	}

	/** @param id unique on the page; the title's and description's ids are made from it */
	public static String svg(String id, String title, String description, List<Row> rows) {
		int height = TOP * 2 + rows.size() * ROW;
		double max = rows.stream().mapToDouble(Row::value).max().orElse(0);
		Svg svg = Svg.open(id, "fuel-chart fuel-chart--wide", WIDTH, height, title, description);
		int y = TOP;
		for (Row row : rows) {
			double w = max <= 0 || row.value() <= 0 ? 0 : row.value() / max * (PLOT_END - LABEL);
			int middle = y + ROW / 2;
			svg.text(LABEL - 8, middle + 4, "end", row.label())
				.rect(LABEL, y + 4, w, ROW - 8, Svg.BLUE)
				.text(LABEL + w + 6, middle + 4, "start", row.text());
			y += ROW;
		}
		return svg.line(LABEL, TOP, LABEL, height - TOP, Svg.INK, 1, null).close();
	}
}
