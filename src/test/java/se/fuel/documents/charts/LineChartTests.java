package se.fuel.documents.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LineChartTests {

	private static final LineChart.TickFormat TICKS = (v, decimals) -> String.format(Locale.ROOT,
			"%." + decimals + "f", v);

	private static LineChart.Point at(int year, int month, Double value, boolean breakBefore) {
		return new LineChart.Point(YearMonth.of(year, month), value, breakBefore);
	}

	private static LineChart.Series monthly(List<LineChart.Point> points) {
		return new LineChart.Series(points, "#1d70b8", null, 3, 1, false);
	}

	@Test
	void names_itself_for_screen_readers_and_writes_the_years_and_the_axis_values() {
		String svg = LineChart.svg("chart", "Vuxna bidragstagare", "Linjediagram", 2002, 2003,
				List.of(monthly(List.of(at(2002, 1, 40.0, false), at(2002, 2, 50.0, false)))), List.of(), TICKS);
		assertThat(svg).contains("<title id=\"chart-title\">Vuxna bidragstagare</title>",
				"<desc id=\"chart-desc\">Linjediagram</desc>", ">2002<", ">2003<", ">0<", ">50<");
	}

	@Test
	void joins_consecutive_months_and_lifts_the_line_at_a_gap_a_missing_value_and_a_break() {
		String svg = LineChart.svg("c", "t", "d", 2002, 2002, List.of(monthly(List.of(at(2002, 1, 1.0, false),
				at(2002, 2, 1.0, false), at(2002, 4, 1.0, false), at(2002, 5, null, false), at(2002, 6, 1.0, false),
				at(2002, 7, 1.0, true)))), List.of(), TICKS);
		String d = svg.substring(svg.indexOf("<path d=\"") + 9, svg.indexOf("\" fill=\"none\""));
		assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(4);
		assertThat(d.chars().filter(c -> c == 'L').count()).isEqualTo(1);
	}

	@Test
	void marks_a_break_with_a_dashed_line_and_its_words() {
		String svg = LineChart.svg("c", "t", "d", 2002, 2003, List.of(monthly(List.of(at(2002, 1, 1.0, false)))),
				List.of(new LineChart.Marker(YearMonth.of(2002, 11), true, "Seriebrott nov 2002")), TICKS);
		assertThat(svg).contains(">Seriebrott nov 2002<", "stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 3\"");
	}

	@Test
	void draws_a_dot_per_value_of_a_series_with_dots() {
		String svg = LineChart.svg("c", "t", "d", 2002, 2004, List.of(new LineChart.Series(
				List.of(at(2002, 7, 1.0, false), at(2003, 7, null, false), at(2004, 7, 2.0, false)), "#1d70b8", null,
				3, 12, true)), List.of(), TICKS);
		assertThat(svg.split("<circle").length - 1).isEqualTo(2);
	}

	@Test
	void ends_the_value_axis_at_a_round_number_at_least_the_highest_value() {
		assertThat(LineChart.niceTop(0)).isEqualTo(1);
		assertThat(LineChart.niceTop(7)).isEqualTo(8);
		assertThat(LineChart.niceTop(4184)).isEqualTo(5000);
		assertThat(LineChart.niceTop(100)).isEqualTo(100);
	}
}
