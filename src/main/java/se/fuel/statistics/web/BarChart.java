package se.fuel.statistics.web;

import java.util.List;
import java.util.Locale;

import se.fuel.common.SwedishFormat;

/**
 * A server-rendered SVG bar chart with a title and a description for screen readers; the same figures are always in a
 * table beside it, so the chart only helps those who would rather look. Each bar carries its value as text, so no
 * meaning rests on colour.
 */
final class BarChart {

	/** One bar: its label under it and its value. */
	public record Bar(String label, long value) {
	}

	private static final int WIDTH = 640;

	private static final int HEIGHT = 260;

	private static final int TOP = 30;

	private static final int BOTTOM = 40;

	private static final int LEFT = 20;

	private BarChart() {
	}

	/**
	 * The chart as inline SVG.
	 *
	 * @param id unique on the page, for the title's and description's ids
	 * @param unit shown after each value, e.g. "tkr"
	 */
	public static String svg(String id, String title, String description, List<Bar> bars, String unit) {
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fuel-chart fuel-chart--narrow\" id=\"%s\" viewBox=\"0 0 %d %d\" "
						+ "role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
				esc(id), WIDTH, HEIGHT, esc(id), esc(id)));
		svg.append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>");
		svg.append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(description)).append("</desc>");
		long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
		int n = Math.max(1, bars.size());
		double slot = (WIDTH - 2.0 * LEFT) / n;
		double barWidth = Math.max(4, slot * 0.6);
		int plot = HEIGHT - TOP - BOTTOM;
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>", LEFT,
				HEIGHT - BOTTOM, WIDTH - LEFT, HEIGHT - BOTTOM));
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double h = max == 0 ? 0 : (double) bar.value() / max * plot;
			double x = LEFT + i * slot + (slot - barWidth) / 2;
			double y = HEIGHT - BOTTOM - h;
			double middle = x + barWidth / 2;
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1d70b8\"/>", x, y, barWidth,
					h));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
					middle, y - 6, esc(SwedishFormat.amount(bar.value()) + (unit.isEmpty() ? "" : " " + unit))));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
					middle, HEIGHT - BOTTOM + 18, esc(bar.label())));
		}
		return svg.append("</svg>").toString();
	}

	private static String esc(String s) {
		// Only XML's own characters: a non-breaking space stays a character, which SVG outside HTML also reads.
		return (s == null ? "" : s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;");
	}
}
