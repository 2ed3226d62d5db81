package se.fuel.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import se.fuel.common.SwedishFormat;

class FiguresTests {

	@Test
	void a_swedish_reader_gets_the_decimal_comma_and_an_english_reader_the_decimal_point() {
		assertThat(Figures.number(-37.5, 1, SwedishFormat.SWEDISH)).isEqualTo("−37,5");
		assertThat(Figures.number(-37.5, 1, Locale.ENGLISH)).isEqualTo("−37.5");
		assertThat(Figures.percent(28.54, SwedishFormat.SWEDISH)).isEqualTo("28,5\u00a0%");
		assertThat(Figures.percent(28.54, Locale.ENGLISH)).isEqualTo("28.5\u00a0%");
	}

	@Test
	void thousands_are_grouped_with_non_breaking_spaces_in_both_languages_and_a_missing_figure_is_a_dash() {
		assertThat(Figures.number(14656.0, 0, SwedishFormat.SWEDISH)).isEqualTo("14\u00a0656");
		assertThat(Figures.number(14656.25, 2, Locale.ENGLISH)).isEqualTo("14\u00a0656.25");
		assertThat(Figures.number(null, 1, Locale.ENGLISH)).isEqualTo("–");
		assertThat(Figures.percent(null, SwedishFormat.SWEDISH)).isEqualTo("–");
	}
}
