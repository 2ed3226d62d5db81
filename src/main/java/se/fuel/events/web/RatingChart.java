package se.fuel.events.web;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.fuel.documents.charts.ColumnChart;
import se.fuel.events.EvaluationSummary;
import se.fuel.events.RatingCount;

/**
 * The geometry of an evaluation's bar chart, laid out by {@link ColumnChart} and drawn by the event page: one bar per
 * rating 1–10 with its count above it and the rating below, so the chart reads without colour and the same numbers
 * stand in the table beside it.
 */
record RatingChart(int width, int height, int baseline, List<Bar> bars, String description) {

	static final int WIDTH = 560;

	static final int HEIGHT = 260;

	static final int TOP = 24;

	static final int BOTTOM = 36;

	record Bar(int rating, int responses, int x, int y, int width, int height, int labelX) {
	}

	static RatingChart of(EvaluationSummary summary, EventTexts texts) {
		// Ten slots of 54 and bars of 42: wide bars, since the scale always has all ten ratings.
		ColumnChart geometry = ColumnChart.of("rating-chart", "", "", summary.distribution()
			.stream()
			.map(c -> new ColumnChart.Column(String.valueOf(c.rating()), c.responses(), String.valueOf(c.responses())))
			.toList()).size(WIDTH, HEIGHT).margins(TOP, BOTTOM, 10).bars(42 / 54.0, 42);
		List<ColumnChart.Placed> placed = geometry.layout();
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < summary.distribution().size(); i++) {
			RatingCount c = summary.distribution().get(i);
			ColumnChart.Placed p = placed.get(i);
			bars.add(new Bar(c.rating(), c.responses(), (int) Math.round(p.x()), (int) Math.round(p.y()),
					(int) Math.round(p.width()), (int) Math.round(p.height()), (int) Math.round(p.middle())));
		}
		String counts = summary.distribution()
			.stream()
			.map(c -> texts.text("chart.rating.count", String.valueOf(c.rating()), String.valueOf(c.responses())))
			.collect(Collectors.joining(", "));
		String text = texts.text("chart.rating.description", counts, String.valueOf(summary.responses()),
				percent(summary.shareAtLeastEight(), texts.locale()), percent(summary.shareTen(), texts.locale()));
		return new RatingChart(WIDTH, HEIGHT, geometry.baseline(), bars, text);
	}

	/** A share as percent with one decimal and the reader's decimal mark: {@code 90,0 %}, {@code 90.0 %}. */
	static String percent(double share, Locale locale) {
		return decimal(share * 100, locale) + "\u00A0%";
	}

	/** A mean with one decimal and the reader's decimal mark: {@code 8,8}, {@code 8.8}. */
	static String decimal(double value, Locale locale) {
		return String.format(Locale.ROOT, "%.1f", value)
			.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
	}
}
