package se.fuel.documents.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RowChartTests {

	@Test
	void names_itself_for_screen_readers_and_writes_each_label_and_value_as_text() {
		String svg = RowChart.svg("shares", "Andelar dec 2003", "Liggande <staplar>",
				List.of(new RowChart.Row("Arbetslöshet", 4184, "4 184 (28,5 %)"),
						new RowChart.Row("Övriga", 1628, "1 628 (11,1 %)")));
		assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"shares-title shares-desc\"",
				"<title id=\"shares-title\">Andelar dec 2003</title>", "Liggande &lt;staplar&gt;", ">Arbetslöshet<",
				">4 184 (28,5 %)<", ">1 628 (11,1 %)<", "fuel-chart--wide");
		assertThat(svg.split("<rect").length - 1).isEqualTo(2);
	}

	@Test
	void the_longest_bar_fills_the_plot_and_a_zero_bar_has_no_width() {
		String svg = RowChart.svg("c", "t", "d", List.of(new RowChart.Row("a", 0, "0"), new RowChart.Row("b", 10, "10")));
		// The label column (20) and the value column (26) are as wide as their texts; the plot has the other 714.
		assertThat(svg).contains("width=\"0.0\"", "<rect x=\"20.0\" y=\"36.0\" width=\"714.0\"",
				"<text x=\"740.0\" y=\"48.0\" text-anchor=\"start\" font-size=\"12\" fill=\"#0b0c0c\">10<");
	}

	@Test
	void grows_a_row_taller_for_each_bar() {
		String svg = RowChart.svg("c", "t", "d", List.of(new RowChart.Row("a", 1, "1"), new RowChart.Row("b", 2, "2"),
				new RowChart.Row("c", 3, "3")));
		assertThat(svg).contains("viewBox=\"0 0 760 88\"");
	}
}
