package se.fuel.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTests {

	@Test
	void the_chart_names_itself_for_screen_readers_and_writes_each_value_as_text() {
		String svg = BarChart.svg("granted", "Beviljat per år", "Stapeldiagram <tkr>",
				List.of(new BarChart.Bar("2002", 7_000), new BarChart.Bar("2003", 8_528)), "tkr");
		assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"granted-title granted-desc\"",
				"<title id=\"granted-title\">Beviljat per år</title>", "Stapeldiagram &lt;tkr&gt;",
				"8\u00A0528 tkr", ">2002<");
		assertThat(svg.split("<rect").length - 1).isEqualTo(2);
	}

	@Test
	void the_largest_bar_fills_the_plot_and_zero_bars_have_no_height() {
		String svg = BarChart.svg("c", "t", "d", List.of(new BarChart.Bar("a", 0), new BarChart.Bar("b", 10)), "");
		assertThat(svg).contains("height=\"0.0\"", "height=\"190.0\"");
	}
}
