package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SwedishFormatTest {

	@Test
	void groups_kronor_by_threes_with_non_breaking_spaces() {
		assertThat(SwedishFormat.amount(3_198_400)).isEqualTo("3\u00A0198\u00A0400");
		assertThat(SwedishFormat.amount(198_400)).isEqualTo("198\u00A0400");
		assertThat(SwedishFormat.amount(25_000)).isEqualTo("25\u00A0000");
		assertThat(SwedishFormat.amount(400)).isEqualTo("400");
		assertThat(SwedishFormat.kronor(3_000_000)).isEqualTo("3\u00A0000\u00A0000\u00A0kronor");
	}

	@Test
	void writes_long_dates_with_the_swedish_month_name() {
		assertThat(SwedishFormat.longDate(LocalDate.of(2024, 6, 2))).isEqualTo("2 juni 2024");
	}

	@Test
	void writes_short_dates_as_year_month_day() {
		assertThat(SwedishFormat.date(LocalDate.of(2023, 12, 12))).isEqualTo("2023-12-12");
	}

	@Test
	void takes_the_day_of_an_instant_in_stockholm() {
		// 23:30 UTC on 29 November is already 30 November in Stockholm.
		assertThat(SwedishFormat.date(Instant.parse("2023-11-29T23:30:00Z"))).isEqualTo("2023-11-30");
	}
}
