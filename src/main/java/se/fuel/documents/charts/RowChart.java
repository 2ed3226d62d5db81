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

	/** The chart's width when its labels and values leave the plot at least {@link #MIN_PLOT}. */
	static final int WIDTH = 760;

	static final int ROW = 24;

	static final int TOP = 8;

	/** A label wider than this is wrapped onto more lines, so that a long name cannot squeeze the bars away. */
	static final int MAX_LABEL = 280;

	static final int MIN_PLOT = 240;

	private RowChart() {
	}

	/**
	 * The label column is as wide as the widest (wrapped) label and the value column as wide as the widest value, so
	 * neither is cut off; the plot gets the rest of {@link #WIDTH}, and the chart grows wider only when that would
	 * leave the plot too narrow.
	 *
	 * @param id unique on the page; the title's and description's ids are made from it
	 */
	public static String svg(String id, String title, String description, List<Row> rows) {
		List<List<String>> labels = rows.stream().map(r -> Svg.wrap(r.label(), MAX_LABEL)).toList();
		double label = labels.stream().mapToDouble(Svg::widest).max().orElse(0) + 8 + Svg.SPARE;
		double values = 6 + Svg.widest(rows.stream().map(Row::text).toList()) + Svg.SPARE;
		double plot = Math.max(MIN_PLOT, WIDTH - label - values);
		int width = (int) Math.ceil(label + plot + values);
		int height = TOP * 2;
		for (List<String> lines : labels) {
			height += rowHeight(lines);
		}
		double max = rows.stream().mapToDouble(Row::value).max().orElse(0);
		Svg svg = Svg.open(id, "fuel-chart fuel-chart--wide", width, height, title, description);
		int y = TOP;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			List<String> lines = labels.get(i);
			int h = rowHeight(lines);
			double w = max <= 0 || row.value() <= 0 ? 0 : row.value() / max * plot;
			int middle = y + h / 2;
			svg.lines(label - 8, middle + 4 - (lines.size() - 1) * Svg.LINE / 2.0, "end", lines)
				.rect(label, middle - (ROW - 8) / 2.0, w, ROW - 8, Svg.BLUE)
				.text(label + w + 6, middle + 4, "start", row.text());
			y += h;
		}
		return svg.line(label, TOP, label, height - TOP, Svg.INK, 1, null).close();
	}

	private static int rowHeight(List<String> lines) {
		return Math.max(ROW, lines.size() * Svg.LINE + 10);
	}
}
