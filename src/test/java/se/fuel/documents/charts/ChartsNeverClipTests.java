package se.fuel.documents.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every chart drawn with the longest texts its data allows keeps every text inside its picture: an organisation's or a
 * district's name may be 200 characters (organisation.name), an outcome category's 100 (grant_outcome_category.label),
 * and a value is written in full. Text widths are estimated the way the charts estimate them ({@link Svg#width}).
 */
class ChartsNeverClipTests {

	/** The longest organisation name the column allows, in words as a name would be. */
	static final String ORGANISATION = fill("Stiftelsen Wästra Hägerstens Mödra- och Barnavårdsförening ", 200);

	/** A name without a space to break at, as long as the column allows. */
	static final String ONE_WORD = "W".repeat(200);

	static final String CATEGORY = fill("Återgång till arbete, studier eller praktik ", 100);

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern TEXT = Pattern
		.compile("<text x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>");

	@Test
	void a_row_chart_wraps_the_longest_names_and_keeps_every_label_and_value_inside() {
		String svg = RowChart.svg("c", "t", "d",
				List.of(new RowChart.Row(ORGANISATION, 8_528, "8 528 tkr, 12 projekt"),
						new RowChart.Row(ONE_WORD, 1, "1 tkr, 1 projekt"),
						new RowChart.Row(CATEGORY, 4_184, "4 184 av 14 682 (28,5 %)"),
						new RowChart.Row("2027", 12, "12 bidrag av 400 ansökningar (3,0 %)")));
		everyTextInside(svg, 5);
	}

	@Test
	void the_second_chart_on_the_fund_statistics_keeps_its_longest_values_inside() {
		String svg = RowChart.svg("grants-chart", "t", "d",
				List.of(new RowChart.Row("2027", 120, "120 bidrag av 1 400 ansökningar (8,6 %)"),
						new RowChart.Row("2028", 9, "9 bidrag (ansökningarna finns inte i Fuel)")));
		everyTextInside(svg, 2);
	}

	@Test
	void a_range_chart_wraps_the_longest_district_names_and_keeps_the_legend_and_values_inside() {
		String svg = RangeChart.svg("c", "t", "d",
				new RangeChart.Legend("Faktiskt värde (fylld cirkel)", "Förväntat värde (öppen kvadrat)",
						"Faktiskt / förväntat"),
				List.of(new RangeChart.Row(ORGANISATION + " (högre än väntat)", 12.5, 10, "12 345,5 / 10 234,0"),
						new RangeChart.Row(ONE_WORD, 8, 8.2, "8,0 / 8,2")));
		everyTextInside(svg, 7);
	}

	@Test
	void a_column_chart_widens_so_that_long_labels_and_values_stay_inside_and_apart() {
		List<ColumnChart.Column> columns = new ArrayList<>();
		for (int year = 2002; year <= 2027; year++) {
			columns.add(new ColumnChart.Column(String.valueOf(year), 1_000_000 + year, "1 002 027 tkr"));
		}
		ColumnChart chart = ColumnChart.of("c", "t", "d", columns);
		everyTextInside(chart.svg(), 2 * columns.size());
		List<ColumnChart.Placed> placed = chart.layout();
		double slot = placed.get(1).middle() - placed.get(0).middle();
		assertThat(slot).isGreaterThanOrEqualTo(Svg.width("1 002 027 tkr"));
	}

	@Test
	void a_single_column_with_a_long_label_stays_inside() {
		String svg = ColumnChart.of("c", "t", "d", List.of(new ColumnChart.Column(CATEGORY, 3, "3 deltagare")))
			.size(200, 260)
			.svg();
		everyTextInside(svg, 2);
	}

	@Test
	void a_line_chart_makes_room_for_wide_axis_figures_and_puts_a_late_break_label_left_of_its_line() {
		List<LineChart.Point> points = List.of(new LineChart.Point(YearMonth.of(2003, 1), 123_456_789.0, false),
				new LineChart.Point(YearMonth.of(2003, 12), 98_765_432.0, true));
		String svg = LineChart.svg("c", "t", "d", 2003, 2003,
				List.of(new LineChart.Series(points, "#1d70b8", null, 3, 1, true)),
				List.of(new LineChart.Marker(YearMonth.of(2003, 12), true, "Brott i serien: ny redovisning dec 2003")),
				(value, decimals) -> String.format("%,.1f personer", value));
		everyTextInside(svg, 6 + 1 + 1);
	}

	/** Every text lies inside the picture, left to right and top to bottom, and there are at least as many as drawn. */
	static void everyTextInside(String svg, int atLeast) {
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).as("viewBox").isTrue();
		double width = Double.parseDouble(box.group(1));
		double height = Double.parseDouble(box.group(2));
		Matcher text = TEXT.matcher(svg);
		int found = 0;
		while (text.find()) {
			found++;
			double x = Double.parseDouble(text.group(1));
			double y = Double.parseDouble(text.group(2));
			String words = unescaped(text.group(4));
			double w = Svg.width(words);
			double left = switch (text.group(3)) {
				case "end" -> x - w;
				case "middle" -> x - w / 2;
				default -> x;
			};
			assertThat(left).as("left edge of \"%s\"", words).isGreaterThanOrEqualTo(0);
			assertThat(left + w).as("right edge of \"%s\" in %s wide", words, width).isLessThanOrEqualTo(width);
			assertThat(y - Svg.FONT).as("top of \"%s\"", words).isGreaterThanOrEqualTo(0);
			assertThat(y + Svg.FONT / 3.0).as("bottom of \"%s\" in %s high", words, height).isLessThanOrEqualTo(height);
		}
		assertThat(found).isGreaterThanOrEqualTo(atLeast);
	}

	private static String unescaped(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	private static String fill(String words, int length) {
		return words.repeat(length / words.length() + 1).substring(0, length).strip();
	}
}
