package se.fuel.statistics.tables;

import java.util.List;
import java.util.Locale;

/**
 * A server-rendered SVG bar chart lying down, for figures whose labels are long (organisations, barrier categories):
 * one row per bar with its label on the left and its value written after the bar, so the chart reads without colour.
 * The same figures are always in a table beside it.
 */
public final class HorizontalBarChart {

	/**
	 * One bar.
	 *
	 * @param text the value as written after the bar, e.g. "4 184 (28,5 %)"
	 */
	public record Bar(String label, double value, String text) {
	}

	private static final int WIDTH = 760;

	private static final int ROW = 24;

	private static final int TOP = 8;

	private static final int LABEL = 300;

	private static final int PLOT_END = 620;

	private HorizontalBarChart() {
	}

	/** @param id unique on the page, for the title's and description's ids */
	public static String svg(String id, String title, String description, List<Bar> bars) {
		int height = TOP * 2 + bars.size() * ROW;
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fuel-chart fuel-chart--wide\" id=\"%s\" viewBox=\"0 0 %d %d\" "
						+ "role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
				esc(id), WIDTH, height, esc(id), esc(id)));
		svg.append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>");
		svg.append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(description)).append("</desc>");
		int y = TOP;
		for (Bar bar : bars) {
			double w = max <= 0 || bar.value() <= 0 ? 0 : bar.value() / max * (PLOT_END - LABEL);
			int middle = y + ROW / 2;
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
					LABEL - 8, middle + 4, esc(bar.label())));
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#1d70b8\"/>", LABEL, y + 4, w,
					ROW - 8));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>", LABEL + w + 6,
					middle + 4, esc(bar.text())));
			y += ROW;
		}
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>", LABEL, TOP,
				LABEL, height - TOP));
		return svg.append("</svg>").toString();
	}

	private static String esc(String s) {
		return (s == null ? "" : s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;");
	}
}
