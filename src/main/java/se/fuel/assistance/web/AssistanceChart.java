package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import se.fuel.documents.charts.LineChart;

import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.CategoryShare;
import se.fuel.documents.charts.RowChart;

/**
 * The series as a line chart ({@link LineChart}): the monthly figures (solid) and the rolling twelve-month average
 * (dashed), with a marked line at every series break so that nobody reads across it; a series with annual figures
 * only is drawn as dots joined year to year. The table beside it carries every number.
 */
public final class AssistanceChart {

	private AssistanceChart() {
	}

	/** The chart titled {@code title}, its description and break markers in {@code locale}. */
	public static String svg(AssistanceSeriesView view, String title, MessageSource messages, Locale locale) {
		AssistanceTexts texts = new AssistanceTexts(messages, locale);
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
			.map(b -> new LineChart.Marker(b.month(), !annualOnly,
					texts.text("chart.break", Figures.month(b.month(), locale))))
			.toList();
		return LineChart.svg("chart", title, description(view, texts), view.query().fromYear(), view.query().toYear(), series,
				breaks, (value, decimals) -> Figures.number(value, decimals, locale));
	}

	private static List<LineChart.Point> points(List<AssistancePoint> points, Function<AssistancePoint, Double> value,
			int shiftMonths) {
		return points.stream()
			.map(p -> new LineChart.Point(p.month().plusMonths(shiftMonths), value.apply(p), p.breakBefore()))
			.toList();
	}

	/** The shares by barrier category of the latest month with them, lying down for the categories' long names. */
	static String shares(AssistanceSeriesView view, MessageSource messages, Locale locale) {
		AssistanceTexts texts = new AssistanceTexts(messages, locale);
		String month = Figures.month(view.sharesMonth(), locale);
		List<String> described = new ArrayList<>();
		List<RowChart.Row> bars = new ArrayList<>();
		for (CategoryShare s : view.shares()) {
			String text = Figures.number(s.value(), 0, locale) + " (" + Figures.percent(s.percent(), locale) + ")";
			String category = messages.getMessage(s.category().text(), locale);
			bars.add(new RowChart.Row(category, s.value(), text));
			described.add(category + ' ' + text);
		}
		return RowChart.svg("shares-chart", texts.text("chart.sharesTitle", month),
				texts.text("chart.sharesDescription", month, String.join("; ", described)), bars);
	}

	/** What the chart shows, for screen readers: its lines, its breaks and where it ends. */
	static String description(AssistanceSeriesView view, AssistanceTexts texts) {
		List<String> d = new ArrayList<>();
		d.add(texts.text("chart.lines"));
		view.breaks()
			.forEach(b -> d.add(texts.text("chart.breakFrom", Figures.month(b.month(), texts.locale()), b.note())));
		if (view.target() != null) {
			d.add(texts.text("chart.change", String.valueOf(view.query().baseYear()),
					Figures.month(view.target().latestMonth(), texts.locale()),
					Figures.percent(view.target().reachedChangePercent(), texts.locale())));
		}
		d.add(texts.text("chart.allInTable"));
		return String.join(" ", d);
	}
}
