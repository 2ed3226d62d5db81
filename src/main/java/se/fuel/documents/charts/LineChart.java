package se.fuel.documents.charts;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Series over the months of whole years: each a line (solid or dashed, so they differ without colour), lifted at a
 * missing value, at a gap in the months and at a point that follows a break, so the chart never bridges them; a marked
 * vertical line with its words at each break. The value axis starts at zero and ends at a round number.
 */
public final class LineChart {

	/**
	 * A value at a month.
	 *
	 * @param value {@code null} where there is no figure
	 * @param breakBefore whether the series is not comparable with the point before
	 */
	public record Point(YearMonth at, Double value, boolean breakBefore) {
	}

	/**
	 * One line.
	 *
	 * @param dash an SVG dash pattern, e.g. {@code "8 4"}, or {@code null} for a solid line
	 * @param stepMonths months from one point to the next (1 monthly, 12 yearly); a longer gap lifts the line
	 * @param dots whether each point is also drawn as a dot (for few points)
	 */
	public record Series(List<Point> points, String colour, String dash, int width, int stepMonths, boolean dots) {
	}

	/**
	 * A break in the series, drawn as a vertical line with its label.
	 *
	 * @param betweenMonths drawn half a month before {@code at}, between the last old and the first new month
	 */
	public record Marker(YearMonth at, boolean betweenMonths, String label) {
	}

	/** How the value axis writes a value, with the given number of decimals. */
	@FunctionalInterface
	public interface TickFormat {

		String format(double value, int decimals);
	}

	static final int WIDTH = 720;

	static final int HEIGHT = 340;

	static final int LEFT = 80;

	static final int RIGHT = 20;

	static final int TOP = 30;

	static final int BOTTOM = 40;

	static final String MARKER_COLOUR = "#d4351c";

	private LineChart() {
	}

	/** @param id unique on the page; the title's and description's ids are made from it */
	public static String svg(String id, String title, String description, int fromYear, int toYear,
			List<Series> series, List<Marker> markers, TickFormat ticks) {
		YearMonth first = YearMonth.of(fromYear, 1);
		long months = Math.max(1, first.until(YearMonth.of(toYear, 12), ChronoUnit.MONTHS));
		double top = niceTop(series.stream()
			.flatMap(s -> s.points().stream())
			.map(Point::value)
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(1));
		int decimals = top < 10 ? 1 : 0;
		// The value axis's figures stand left of it: room for the widest of them, however it is written.
		double widestTick = 0;
		for (int i = 0; i <= 5; i++) {
			widestTick = Math.max(widestTick, Svg.width(ticks.format(top * i / 5, decimals)));
		}
		int left = (int) Math.max(LEFT, Math.ceil(widestTick + 6 + Svg.SPARE));
		Scale scale = new Scale(first, months, top, left);
		Svg svg = Svg.open(id, "fuel-chart", WIDTH, HEIGHT, title, description);
		int baseline = HEIGHT - BOTTOM;
		for (int i = 0; i <= 5; i++) {
			double v = top * i / 5;
			svg.line(left, scale.y(v), WIDTH - RIGHT, scale.y(v), "#dddddd", 1, null)
				.text(left - 6, scale.y(v) + 4, "end", ticks.format(v, decimals));
		}
		for (int year = fromYear; year <= toYear; year++) {
			double x = scale.x(YearMonth.of(year, 1));
			svg.line(x, baseline, x, baseline + 5, Svg.INK, 1, null)
				.text(x + 2, baseline + 20, "start", String.valueOf(year));
		}
		svg.line(left, baseline, WIDTH - RIGHT, baseline, Svg.INK, 1, null)
			.line(left, TOP, left, baseline, Svg.INK, 1, null);
		for (Marker m : markers) {
			double x = scale.x(m.at()) - (m.betweenMonths() ? 0.5 * (WIDTH - left - RIGHT) / months : 0);
			svg.line(x, TOP - 8, x, baseline, MARKER_COLOUR, 2, "6 3");
			// A break near the right edge has its words on its left, where there is room for them.
			boolean rightOfLine = x + 4 + Svg.width(m.label()) + Svg.SPARE <= WIDTH;
			svg.text(rightOfLine ? x + 4 : x - 4, TOP - 12, rightOfLine ? "start" : "end", m.label());
		}
		for (Series s : series) {
			String d = path(s, scale);
			if (!d.isEmpty()) {
				svg.path(d, s.colour(), s.width(), s.dash());
			}
		}
		for (Series s : series) {
			if (s.dots()) {
				s.points().stream()
					.filter(p -> p.value() != null)
					.forEach(p -> svg.circle(scale.x(p.at()), scale.y(p.value()), 4, s.colour()));
			}
		}
		return svg.close();
	}

	/** A round upper bound for the axis: 1, 2 or 5 times a power of ten (and steps between), at least the highest value. */
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

	private static String path(Series series, Scale scale) {
		StringBuilder d = new StringBuilder();
		YearMonth previous = null;
		for (Point p : series.points()) {
			if (p.value() == null) {
				previous = null;
				continue;
			}
			boolean joined = previous != null && !p.breakBefore()
					&& previous.plusMonths(series.stepMonths()).equals(p.at());
			d.append(joined ? " L" : " M")
				.append(String.format(Locale.ROOT, "%.1f %.1f", scale.x(p.at()), scale.y(p.value())));
			previous = p.at();
		}
		return d.toString().trim();
	}

	private record Scale(YearMonth first, long months, double top, int left) {

		double x(YearMonth month) {
			return left + (WIDTH - left - RIGHT) * (double) first.until(month, ChronoUnit.MONTHS) / months;
		}

		double y(double value) {
			return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
		}
	}
}
