package se.fuel.statistics.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HorizontalBarChartTests {

	@Test
	void the_chart_names_itself_for_screen_readers_and_writes_each_label_and_value_as_text() {
		String svg = HorizontalBarChart.svg("shares", "Andelar dec 2003", "Liggande <staplar>",
				List.of(new HorizontalBarChart.Bar("Arbetslöshet", 4184, "4 184 (28,5 %)"),
						new HorizontalBarChart.Bar("Övriga", 1628, "1 628 (11,1 %)")));
		assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"shares-title shares-desc\"",
				"<title id=\"shares-title\">Andelar dec 2003</title>", "Liggande &lt;staplar&gt;", ">Arbetslöshet<",
				">4 184 (28,5 %)<", ">1 628 (11,1 %)<");
		assertThat(svg.split("<rect").length - 1).isEqualTo(2);
	}

	@Test
	void the_largest_bar_fills_the_plot_and_a_zero_bar_has_no_width() {
		String svg = HorizontalBarChart.svg("c", "t", "d",
				List.of(new HorizontalBarChart.Bar("a", 0, "0"), new HorizontalBarChart.Bar("b", 10, "10")));
		assertThat(svg).contains("width=\"0.0\"", "width=\"320.0\"");
	}
}
