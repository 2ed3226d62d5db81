package se.fuel.documents.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RangeChartTests {

	private static final RangeChart.Legend LEGEND = new RangeChart.Legend("Faktiskt", "Förväntat",
			"Faktiskt / förväntat");

	@Test
	void names_itself_and_writes_the_legend_the_labels_and_the_values_in_words() {
		String svg = RangeChart.svg("comparison-chart", "Vuxna bidragstagare 2003", "Punktdiagram",
				LEGEND, List.of(new RangeChart.Row("Farsta (högre än väntat)", 12.5, 10, "12,5 / 10,0"),
						new RangeChart.Row("Spånga", 8, 8.2, "8,0 / 8,2")));
		assertThat(svg).contains("id=\"comparison-chart\"",
				"<title id=\"comparison-chart-title\">Vuxna bidragstagare 2003</title>", ">Faktiskt<", ">Förväntat<",
				">Faktiskt / förväntat<", ">Farsta (högre än väntat)<", ">12,5 / 10,0<", ">8,0 / 8,2<");
	}

	@Test
	void draws_a_filled_circle_for_the_actual_and_an_open_square_for_the_expected_value_of_each_row() {
		String svg = RangeChart.svg("c", "t", "d", LEGEND, List.of(new RangeChart.Row("a", 2, 1, "2 / 1"),
				new RangeChart.Row("b", 1, 2, "1 / 2")));
		// One of each in the legend, and one per row.
		assertThat(svg.split("<circle").length - 1).isEqualTo(3);
		assertThat(svg.split("<rect").length - 1).isEqualTo(3);
	}

	@Test
	void starts_the_axis_at_zero_so_the_largest_value_lies_near_the_end_of_the_plot() {
		String svg = RangeChart.svg("c", "t", "d", LEGEND, List.of(new RangeChart.Row("a", 100, 0, "")));
		// The plot runs from the label column's end (20) to the value column's start (622): 20 + 100 / 105 * 602
		assertThat(svg).contains("<circle cx=\"593.3\"");
	}
}
