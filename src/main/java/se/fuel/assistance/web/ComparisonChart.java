package se.fuel.assistance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.documents.charts.RangeChart;

import se.fuel.assistance.DistrictComparisonView;

/**
 * The district comparison as a dot plot ({@link RangeChart}): per district its expected value (an open square) and
 * its actual value (a filled circle), the flagged districts named as such in words. The same numbers are in the table
 * beside it.
 */
final class ComparisonChart {

	private ComparisonChart() {
	}

	/** The chart, its title, legend and description in {@code locale}: the request's, Swedish by default. */
	static String svg(String id, DistrictComparisonView view, MessageSource messages, Locale locale) {
		var texts = new AssistanceTexts(messages, locale);
		String title = texts.text("comparison.title", view.query().measure().label(),
				String.valueOf(view.query().year()));
		return RangeChart.svg(id, title, description(view, texts),
				new RangeChart.Legend(texts.text("comparison.actual"), texts.text("comparison.expected"),
						texts.text("comparison.both")),
				view.rows()
					.stream()
					.map(d -> new RangeChart.Row(
							d.flag() > 0 ? texts.text("comparison.higherName", d.name())
									: d.flag() < 0 ? texts.text("comparison.lowerName", d.name()) : d.name(),
							d.actual(), d.expected(),
							Figures.number(d.actual(), 1, locale) + " / " + Figures.number(d.expected(), 1, locale)))
					.toList());
	}

	/** For screen readers: what the chart shows and which districts stand out. */
	static String description(DistrictComparisonView view, AssistanceTexts texts) {
		List<String> d = new ArrayList<>();
		d.add(texts.text("comparison.intro"));
		view.rows().stream().filter(r -> r.flag() != 0).forEach(r -> d.add(texts.text(
				r.flag() > 0 ? "comparison.higher" : "comparison.lower", r.name(),
				Figures.number(r.actual(), 1, texts.locale()), Figures.number(r.expected(), 1, texts.locale()))));
		d.add(texts.text("chart.allInTable"));
		return String.join(" ", d);
	}
}
