package se.fuel.assistance.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.SeriesBreak;

/**
 * The series as a server-rendered SVG line chart: the monthly figures (solid) and the rolling twelve-month average
 * (dashed), with a gap and a marked vertical line at every series break so that nobody reads across it. Named by a
 * title and a description for screen readers; the table beside it carries every number.
 */
public final class AssistanceChart {

	static final int WIDTH = 720;

	static final int HEIGHT = 340;

	static final int LEFT = 80;

	static final int RIGHT = 20;

	static final int TOP = 30;

	static final int BOTTOM = 40;

	private AssistanceChart() {
	}

	public static String svg(AssistanceSeriesView view, String title, String description) {
		List<AssistancePoint> monthly = view.points().stream().filter(p -> !p.annual()).toList();
		boolean annualOnly = monthly.isEmpty();
		List<AssistancePoint> points = annualOnly ? view.points() : monthly;
		YearMonth first = YearMonth.of(view.query().fromYear(), 1);
		YearMonth last = YearMonth.of(view.query().toYear(), 12);
		long months = Math.max(1, first.until(last, java.time.temporal.ChronoUnit.MONTHS));
		double max = points.stream()
			.flatMap(p -> java.util.stream.Stream.of(p.value(), p.rolling12()))
			.filter(v -> v != null)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(1);
		double top = niceTop(max);
		Function<YearMonth, Double> x = m -> LEFT + (WIDTH - LEFT - RIGHT) * (double) first.until(m,
				java.time.temporal.ChronoUnit.MONTHS) / months;
		Function<Double, Double> y = v -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / top);
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fuel-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(HEIGHT)
			.append("\" aria-labelledby=\"chart-title chart-desc\" focusable=\"false\">");
		s.append("<title id=\"chart-title\">").append(esc(title)).append("</title>");
		s.append("<desc id=\"chart-desc\">").append(esc(description)).append("</desc>");
		for (int i = 0; i <= 5; i++) {
			double v = top * i / 5;
			double yy = y.apply(v);
			s.append(line(LEFT, yy, WIDTH - RIGHT, yy, "#dddddd", null, 1));
			s.append(text(LEFT - 6, yy + 4, Figures.number(v, top < 10 ? 1 : 0), "end", 12));
		}
		for (int year = view.query().fromYear(); year <= view.query().toYear(); year++) {
			double xx = x.apply(YearMonth.of(year, 1));
			s.append(line(xx, HEIGHT - BOTTOM, xx, HEIGHT - BOTTOM + 5, "#0b0c0c", null, 1));
			s.append(text(xx + 2, HEIGHT - BOTTOM + 20, String.valueOf(year), "start", 12));
		}
		s.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#0b0c0c", null, 1));
		s.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#0b0c0c", null, 1));
		for (SeriesBreak b : view.breaks()) {
			double xx = x.apply(b.month()) - (annualOnly ? 0 : 0.5 * (WIDTH - LEFT - RIGHT) / months);
			s.append(line(xx, TOP - 8, xx, HEIGHT - BOTTOM, "#d4351c", "6 3", 2));
			s.append(text(xx + 4, TOP - 12, "Seriebrott " + Figures.month(b.month()), "start", 12));
		}
		s.append(path(points, p -> p.value(), x, y, annualOnly, "#1d70b8", null, 3));
		if (!annualOnly) {
			s.append(path(points, AssistancePoint::rolling12, x, y, false, "#0b0c0c", "8 4", 2));
		}
		if (annualOnly) {
			for (AssistancePoint p : points) {
				if (p.value() != null) {
					s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1d70b8\"/>",
							x.apply(p.month().plusMonths(6)), y.apply(p.value())));
				}
			}
		}
		s.append("</svg>");
		return s.toString();
	}

	/** A line through the points, lifted at breaks and at missing months so the chart never bridges them. */
	private static String path(List<AssistancePoint> points, Function<AssistancePoint, Double> value,
			Function<YearMonth, Double> x, Function<Double, Double> y, boolean annual, String colour, String dash,
			int width) {
		List<String> segments = new ArrayList<>();
		StringBuilder d = new StringBuilder();
		YearMonth previous = null;
		for (AssistancePoint p : points) {
			Double v = value.apply(p);
			boolean joined = previous != null && v != null && !p.breakBefore()
					&& (annual ? previous.plusYears(1) : previous.plusMonths(1)).equals(p.month());
			if (v == null) {
				previous = null;
				continue;
			}
			YearMonth at = annual ? p.month().plusMonths(6) : p.month();
			d.append(joined ? " L" : " M")
				.append(String.format(Locale.ROOT, "%.1f %.1f", x.apply(at), y.apply(v)));
			previous = p.month();
		}
		if (d.isEmpty()) {
			return "";
		}
		segments.add("<path d=\"" + d.toString().trim() + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\""
				+ width + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>");
		return String.join("", segments);
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, String dash, int width) {
		return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"%s/>",
				x1, y1, x2, y2, colour, width, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
	}

	private static String text(double x, double y, String text, String anchor, int size) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"#0b0c0c\">%s</text>",
				x, y, anchor, size, esc(text));
	}

	/** A round upper bound for the axis: 1, 2 or 5 times a power of ten, at least the highest value. */
	static double niceTop(double max) {
		if (max <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
		for (double step : new double[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (step * magnitude >= max) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
