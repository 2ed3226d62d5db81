package se.fuel.documents.charts;

import java.util.List;

/**
 * A dot plot of an actual against an expected value per row: a line from the expected value (an open square) to the
 * actual one (a filled circle), the values written beside it, and a legend in words and shapes, so that nothing rests
 * on colour or shape alone. The axis starts at zero unless a value is below it.
 */
public final class RangeChart {

	/**
	 * One row.
	 *
	 * @param label the row's name, with anything the reader must know about it (e.g. "higher than expected") in words
	 * @param text the values as written beside the row
	 */
	public record Row(String label, double actual, double expected, String text) {
	}

	/** The legend's words: for the filled circle, the open square, and the column of written values. */
	public record Legend(String actual, String expected, String values) {
	}

	static final int WIDTH = 760;

	static final int ROW = 24;

	static final int TOP = 44;

	static final int BOTTOM = 16;

	static final int LABEL = 200;

	static final int PLOT_END = 560;

	private RangeChart() {
	}

	/** @param id unique on the page; the title's and description's ids are made from it */
	public static String svg(String id, String title, String description, Legend legend, List<Row> rows) {
		int height = TOP + rows.size() * ROW + BOTTOM;
		double max = rows.stream().mapToDouble(r -> Math.max(r.actual(), r.expected())).max().orElse(1);
		double min = Math.min(0, rows.stream().mapToDouble(r -> Math.min(r.actual(), r.expected())).min().orElse(0));
		double span = max - min == 0 ? 1 : (max - min) * 1.05;
		Svg svg = Svg.open(id, "fuel-chart fuel-chart--wide", WIDTH, height, title, description)
			.circle(LABEL + 6, 14, 5, Svg.BLUE)
			.text(LABEL + 16, 18, "start", legend.actual())
			.square(LABEL + 100, 14, 10)
			.text(LABEL + 111, 18, "start", legend.expected())
			.text(PLOT_END + 10, 18, "start", legend.values());
		int y = TOP;
		for (Row row : rows) {
			double actual = LABEL + (row.actual() - min) / span * (PLOT_END - LABEL);
			double expected = LABEL + (row.expected() - min) / span * (PLOT_END - LABEL);
			int middle = y + ROW / 2;
			svg.text(LABEL - 8, middle + 4, "end", row.label())
				.line(expected, middle, actual, middle, "#505a5f", 2, null)
				.square(expected, middle, 10)
				.circle(actual, middle, 5, Svg.BLUE)
				.text(PLOT_END + 10, middle + 4, "start", row.text());
			y += ROW;
		}
		return svg.close();
	}
}
