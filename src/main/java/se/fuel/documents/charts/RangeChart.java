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

	/** The chart's width when its labels and values leave the plot at least {@link #MIN_PLOT}. */
	static final int WIDTH = 760;

	static final int ROW = 24;

	static final int TOP = 44;

	static final int BOTTOM = 16;

	/** A label wider than this is wrapped onto more lines. */
	static final int MAX_LABEL = 240;

	static final int MIN_PLOT = 240;

	private RangeChart() {
	}

	/**
	 * The label column is as wide as the widest (wrapped) label, the value column as wide as the widest value or its
	 * legend, and the legend's parts stand one after the other as wide as their words; the plot gets the rest of
	 * {@link #WIDTH}, and the chart grows wider only when that would leave the plot too narrow.
	 *
	 * @param id unique on the page; the title's and description's ids are made from it
	 */
	public static String svg(String id, String title, String description, Legend legend, List<Row> rows) {
		List<List<String>> labels = rows.stream().map(r -> Svg.wrap(r.label(), MAX_LABEL)).toList();
		double label = labels.stream().mapToDouble(Svg::widest).max().orElse(0) + 8 + Svg.SPARE;
		double keys = 16 + Svg.width(legend.actual()) + 16 + 11 + Svg.width(legend.expected()) + 16;
		double values = 10 + Math.max(Svg.width(legend.values()), Svg.widest(rows.stream().map(Row::text).toList()))
				+ Svg.SPARE;
		double plot = Math.max(Math.max(MIN_PLOT, keys), WIDTH - label - values);
		double plotEnd = label + plot;
		int width = (int) Math.ceil(plotEnd + values);
		int height = TOP + BOTTOM;
		for (List<String> lines : labels) {
			height += rowHeight(lines);
		}
		double max = rows.stream().mapToDouble(r -> Math.max(r.actual(), r.expected())).max().orElse(1);
		double min = Math.min(0, rows.stream().mapToDouble(r -> Math.min(r.actual(), r.expected())).min().orElse(0));
		double span = max - min == 0 ? 1 : (max - min) * 1.05;
		double square = label + 16 + Svg.width(legend.actual()) + 16;
		Svg svg = Svg.open(id, "fuel-chart fuel-chart--wide", width, height, title, description)
			.circle(label + 6, 14, 5, Svg.BLUE)
			.text(label + 16, 18, "start", legend.actual())
			.square(square, 14, 10)
			.text(square + 11, 18, "start", legend.expected())
			.text(plotEnd + 10, 18, "start", legend.values());
		int y = TOP;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			List<String> lines = labels.get(i);
			double actual = label + (row.actual() - min) / span * plot;
			double expected = label + (row.expected() - min) / span * plot;
			int h = rowHeight(lines);
			int middle = y + h / 2;
			svg.lines(label - 8, middle + 4 - (lines.size() - 1) * Svg.LINE / 2.0, "end", lines)
				.line(expected, middle, actual, middle, "#505a5f", 2, null)
				.square(expected, middle, 10)
				.circle(actual, middle, 5, Svg.BLUE)
				.text(plotEnd + 10, middle + 4, "start", row.text());
			y += h;
		}
		return svg.close();
	}

	private static int rowHeight(List<String> lines) {
		return Math.max(ROW, lines.size() * Svg.LINE + 10);
	}
}
