package se.fuel.documents.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SVG elements the charts draw, with the one escaping of text they all need. */
final class Svg {

	static final String INK = "#0b0c0c";

	static final String BLUE = "#1d70b8";

	/** The size every chart writes its texts in. */
	static final int FONT = 12;

	/** From one line of a wrapped label to the next. */
	static final int LINE = 14;

	/**
	 * Room around a text that its estimated width may have got wrong: the page's font is not known here, so widths are
	 * estimated from Arial's (the fallback of GOV.UK's font) widened by a tenth, and a little is kept free besides.
	 */
	static final int SPARE = 4;

	private final StringBuilder out = new StringBuilder();

	private Svg() {
	}

	/**
	 * An image of {@code width} by {@code height} named by its title and description, whose ids are {@code id-title}
	 * and {@code id-desc} so that {@code aria-labelledby} finds them.
	 */
	static Svg open(String id, String cssClass, int width, int height, String title, String description) {
		Svg svg = new Svg();
		String e = esc(id);
		svg.out.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" id=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\" "
						+ "aria-labelledby=\"%s-title %s-desc\" focusable=\"false\">",
				esc(cssClass), e, width, height, e, e));
		svg.out.append("<title id=\"").append(e).append("-title\">").append(esc(title)).append("</title>");
		svg.out.append("<desc id=\"").append(e).append("-desc\">").append(esc(description)).append("</desc>");
		return svg;
	}

	Svg line(double x1, double y1, double x2, double y2, String colour, int width, String dash) {
		out.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"%s/>", x1, y1,
				x2, y2, colour, width, dash(dash)));
		return this;
	}

	Svg rect(double x, double y, double width, double height, String fill) {
		out.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, width, height, fill));
		return this;
	}

	/** An open square centred on the point: the shape that says "expected" without colour. */
	Svg square(double cx, double cy, double side) {
		out.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ffffff\" stroke=\"%s\" "
						+ "stroke-width=\"2\"/>",
				cx - side / 2, cy - side / 2, side, side, INK));
		return this;
	}

	Svg circle(double cx, double cy, double r, String fill) {
		out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", cx, cy, r,
				fill));
		return this;
	}

	Svg path(String d, String colour, int width, String dash) {
		out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
			.append("\" stroke-width=\"").append(width).append('"').append(dash(dash)).append("/>");
		return this;
	}

	/** @param anchor {@code start}, {@code middle} or {@code end} */
	Svg text(double x, double y, String anchor, String text) {
		out.append(String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"%s\">%s</text>", x, y, anchor,
				INK, esc(text)));
		return this;
	}

	/** Lines of a wrapped label, one text each, the first on {@code y} and each next one {@link #LINE} lower. */
	Svg lines(double x, double y, String anchor, List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			text(x, y + i * LINE, anchor, lines.get(i));
		}
		return this;
	}

	String close() {
		return out.append("</svg>").toString();
	}

	/** Only XML's own characters: a non-breaking space stays a character, which SVG outside HTML also reads. */
	static String esc(String text) {
		return (text == null ? "" : text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;").replace("'", "&#39;");
	}

	/**
	 * How wide a text is drawn, estimated from the widths of Arial's letters at {@link #FONT} and rounded up a tenth,
	 * so that the charts make room for their labels from the labels themselves instead of hoping they fit.
	 */
	static double width(String text) {
		if (text == null) {
			return 0;
		}
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			em += em(text.charAt(i));
		}
		return Math.ceil(em * FONT * 1.1);
	}

	private static double em(char c) {
		if ("iljI.,:;'!|".indexOf(c) >= 0) {
			return 0.28;
		}
		if ("ft() \u00A0/-r[]".indexOf(c) >= 0) {
			return 0.34;
		}
		if ("mwMW%@\u2014".indexOf(c) >= 0) {
			return 0.94;
		}
		if (Character.isUpperCase(c)) {
			return 0.78;
		}
		return 0.58;
	}

	/**
	 * A label broken into lines of at most {@code max} wide, between words where it can be and inside a word that is
	 * wider than a line on its own, so that no label is cut off however long the data lets it be.
	 */
	static List<String> wrap(String text, double max) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : (text == null ? "" : text.strip()).split("[ ]+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate) <= max) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			for (char c : word.toCharArray()) {
				if (!line.isEmpty() && width(line.toString() + c) > max) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(c);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/** The widest of the texts. */
	static double widest(List<String> texts) {
		return texts.stream().mapToDouble(Svg::width).max().orElse(0);
	}

	private static String dash(String dash) {
		return dash == null ? "" : " stroke-dasharray=\"" + dash + "\"";
	}
}
