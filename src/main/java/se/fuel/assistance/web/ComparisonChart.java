package se.fuel.assistance.web;

import java.util.Locale;

import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.DistrictComparisonView.District;

/**
 * The district comparison as a server-rendered SVG dot plot: one line per district from its expected value (an open
 * square) to its actual value (a filled circle), the values written beside it and the flagged districts named as
 * such in words, so that nothing rests on colour or shape alone. The same numbers are in the table beside it.
 */
final class ComparisonChart {

	static final int WIDTH = 760;

	static final int ROW = 24;

	static final int TOP = 44;

	static final int BOTTOM = 16;

	static final int LABEL = 200;

	static final int PLOT_END = 560;

	private ComparisonChart() {
	}

	static String svg(String id, String title, DistrictComparisonView view) {
		int height = TOP + view.rows().size() * ROW + BOTTOM;
		double max = view.rows().stream().mapToDouble(d -> Math.max(d.actual(), d.expected())).max().orElse(1);
		double min = Math.min(0, view.rows().stream().mapToDouble(d -> Math.min(d.actual(), d.expected())).min()
			.orElse(0));
		double span = max - min == 0 ? 1 : (max - min) * 1.05;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fuel-chart fuel-chart--wide\" id=\"%s\" viewBox=\"0 0 %d %d\" "
						+ "role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
				id, WIDTH, height, id, id));
		svg.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(esc(description(view))).append("</desc>");
		// Legend: shape and words, not colour.
		svg.append("<circle cx=\"").append(LABEL + 6).append("\" cy=\"14\" r=\"5\" fill=\"#1d70b8\"/>");
		svg.append(text(LABEL + 16, 18, "start", "Faktiskt"));
		svg.append("<rect x=\"").append(LABEL + 95).append("\" y=\"9\" width=\"10\" height=\"10\" fill=\"#ffffff\" "
				+ "stroke=\"#0b0c0c\" stroke-width=\"2\"/>");
		svg.append(text(LABEL + 111, 18, "start", "Förväntat"));
		svg.append(text(PLOT_END + 10, 18, "start", "Faktiskt / förväntat"));
		int y = TOP;
		for (District d : view.rows()) {
			double xa = x(d.actual(), min, span);
			double xe = x(d.expected(), min, span);
			int middle = y + ROW / 2;
			String label = d.name() + (d.flag() > 0 ? " (högre än väntat)" : d.flag() < 0 ? " (lägre än väntat)" : "");
			svg.append(text(LABEL - 8, middle + 4, "end", label));
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#505a5f\" stroke-width=\"2\"/>", xe,
					middle, xa, middle));
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"#0b0c0c\" "
							+ "stroke-width=\"2\"/>", xe - 5, middle - 5));
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"#1d70b8\"/>", xa,
					middle));
			svg.append(text(PLOT_END + 10, middle + 4, "start",
					Figures.number(d.actual(), 1) + " / " + Figures.number(d.expected(), 1)));
			y += ROW;
		}
		return svg.append("</svg>").toString();
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

	private static double x(double value, double min, double span) {
		return LABEL + (value - min) / span * (PLOT_END - LABEL);
	}

	private static String text(double x, int y, String anchor, String content) {
		return String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>", x, y,
				anchor, esc(content));
	}

	private static String esc(String s) {
		return (s == null ? "" : s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;");
	}
}
