package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import se.fuel.documents.charts.LineChart;

import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceSeriesView;

/**
 * The series as a line chart ({@link LineChart}): the monthly figures (solid) and the rolling twelve-month average
 * (dashed), with a marked line at every series break so that nobody reads across it; a series with annual figures
 * only is drawn as dots joined year to year. The table beside it carries every number.
 */
public final class AssistanceChart {

	private AssistanceChart() {
	}

	public static String svg(AssistanceSeriesView view, String title, String description) {
		List<AssistancePoint> monthly = view.points().stream().filter(p -> !p.annual()).toList();
		boolean annualOnly = monthly.isEmpty();
		List<LineChart.Series> series = new ArrayList<>();
		if (annualOnly) {
			// A year's figure stands in the middle of its year.
			series.add(new LineChart.Series(points(view.points(), AssistancePoint::value, 6), "#1d70b8", null, 3, 12,
					true));
		}
		else {
			series.add(new LineChart.Series(points(monthly, AssistancePoint::value, 0), "#1d70b8", null, 3, 1, false));
			series.add(new LineChart.Series(points(monthly, AssistancePoint::rolling12, 0), "#0b0c0c", "8 4", 2, 1,
					false));
		}
		List<LineChart.Marker> breaks = view.breaks()
			.stream()
			.map(b -> new LineChart.Marker(b.month(), !annualOnly, "Seriebrott " + Figures.month(b.month())))
			.toList();
		return LineChart.svg("chart", title, description, view.query().fromYear(), view.query().toYear(), series,
				breaks, Figures::number);
	}

	private static List<LineChart.Point> points(List<AssistancePoint> points, Function<AssistancePoint, Double> value,
			int shiftMonths) {
		return points.stream()
			.map(p -> new LineChart.Point(p.month().plusMonths(shiftMonths), value.apply(p), p.breakBefore()))
			.toList();
	}
}
