package se.fuel.documents.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnChartTests {

	private static final List<ColumnChart.Column> TWO = List.of(new ColumnChart.Column("2002", 0, "0 tkr"),
			new ColumnChart.Column("2003", 8528, "8\u00A0528 tkr"));

	@Test
	void names_itself_for_screen_readers_and_writes_each_value_and_label_as_text() {
		String svg = ColumnChart.of("granted", "Beviljat per år", "Stapeldiagram <tkr>", TWO).svg();
		assertThat(svg).contains("role=\"img\"", "id=\"granted\"", "aria-labelledby=\"granted-title granted-desc\"",
				"<title id=\"granted-title\">Beviljat per år</title>",
				"<desc id=\"granted-desc\">Stapeldiagram &lt;tkr&gt;</desc>", ">8\u00A0528 tkr<", ">2002<", ">2003<");
		assertThat(svg.split("<rect").length - 1).isEqualTo(2);
	}

	@Test
	void the_tallest_bar_fills_the_plot_and_a_zero_bar_has_no_height() {
		List<ColumnChart.Placed> placed = ColumnChart.of("c", "t", "d", TWO).layout();
		assertThat(placed.get(0).height()).isZero();
		assertThat(placed.get(1).height()).isEqualTo(190.0);
		assertThat(placed.get(1).y()).isEqualTo(30.0);
	}

	@Test
	void lays_the_bars_out_in_equal_slots_within_the_margins() {
		ColumnChart chart = ColumnChart.of("c", "t", "d", TWO).size(560, 260).margins(24, 36, 10).bars(0.5, 1000);
		List<ColumnChart.Placed> placed = chart.layout();
		assertThat(chart.baseline()).isEqualTo(224);
		assertThat(placed.get(0).x()).isEqualTo(10 + 67.5);
		assertThat(placed.get(0).width()).isEqualTo(135.0);
		assertThat(placed.get(1).middle()).isEqualTo(10 + 270 + 135);
	}

	@Test
	void keeps_a_bar_no_wider_than_its_maximum() {
		assertThat(ColumnChart.of("c", "t", "d", TWO).bars(0.6, 60).layout()).allMatch(p -> p.width() == 60);
	}

	@Test
	void escapes_labels_so_user_data_cannot_inject_markup() {
		String svg = ColumnChart.of("c", "t", "d", List.of(new ColumnChart.Column("<script>\"&'", 1, "1"))).svg();
		assertThat(svg).contains("&lt;script&gt;&quot;&amp;&#39;").doesNotContain("<script>");
	}
}
