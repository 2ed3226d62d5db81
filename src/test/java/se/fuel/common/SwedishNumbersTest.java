package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SwedishNumbersTest {

	@Test
	void writes_the_numbers_of_the_2024_decision_in_words() {
		assertThat(SwedishNumbers.words(14)).isEqualTo("fjorton");
		assertThat(SwedishNumbers.words(10)).isEqualTo("tio");
		assertThat(SwedishNumbers.words(8)).isEqualTo("åtta");
		assertThat(SwedishNumbers.words(4)).isEqualTo("fyra");
		assertThat(SwedishNumbers.words(6)).isEqualTo("sex");
		assertThat(SwedishNumbers.words(3)).isEqualTo("tre");
	}

	@Test
	void writes_zero_and_the_teens() {
		assertThat(SwedishNumbers.words(0)).isEqualTo("noll");
		assertThat(SwedishNumbers.words(11)).isEqualTo("elva");
		assertThat(SwedishNumbers.words(12)).isEqualTo("tolv");
		assertThat(SwedishNumbers.words(18)).isEqualTo("arton");
		assertThat(SwedishNumbers.words(19)).isEqualTo("nitton");
	}

	@Test
	void joins_tens_and_units_into_one_word() {
		assertThat(SwedishNumbers.words(20)).isEqualTo("tjugo");
		assertThat(SwedishNumbers.words(22)).isEqualTo("tjugotvå");
		assertThat(SwedishNumbers.words(37)).isEqualTo("trettiosju");
		assertThat(SwedishNumbers.words(48)).isEqualTo("fyrtioåtta");
		assertThat(SwedishNumbers.words(80)).isEqualTo("åttio");
		assertThat(SwedishNumbers.words(99)).isEqualTo("nittionio");
		assertThat(SwedishNumbers.words(100)).isEqualTo("hundra");
	}

	@Test
	void one_follows_the_gender_of_the_noun() {
		assertThat(SwedishNumbers.words(1)).isEqualTo("en");
		assertThat(SwedishNumbers.neuterWords(1)).isEqualTo("ett");
		assertThat(SwedishNumbers.words(21)).isEqualTo("tjugoen");
		assertThat(SwedishNumbers.neuterWords(21)).isEqualTo("tjugoett");
		assertThat(SwedishNumbers.neuterWords(5)).isEqualTo("fem");
	}

	@Test
	void writes_numbers_above_a_hundred_in_grouped_digits() {
		assertThat(SwedishNumbers.words(101)).isEqualTo("101");
		assertThat(SwedishNumbers.words(1500)).isEqualTo("1\u00A0500");
	}

	@Test
	void puts_the_noun_in_singular_only_for_one() {
		assertThat(SwedishNumbers.count(1, "ansökan", "ansökningar")).isEqualTo("en ansökan");
		assertThat(SwedishNumbers.count(14, "ansökan", "ansökningar")).isEqualTo("fjorton ansökningar");
		assertThat(SwedishNumbers.count(0, "ansökan", "ansökningar")).isEqualTo("noll ansökningar");
	}

	@Test
	void capitalises_a_count_that_starts_a_sentence() {
		assertThat(SwedishNumbers.capitalised("åtta ansökningar")).isEqualTo("Åtta ansökningar");
		assertThat(SwedishNumbers.capitalised("")).isEmpty();
	}

	@Test
	void lists_with_commas_and_a_final_och() {
		assertThat(SwedishNumbers.list(List.of("LUM"))).isEqualTo("LUM");
		assertThat(SwedishNumbers.list(List.of("LUM", "MUL"))).isEqualTo("LUM och MUL");
		assertThat(SwedishNumbers.list(List.of("LUM", "MUL", "FoU"))).isEqualTo("LUM, MUL och FoU");
		assertThat(SwedishNumbers.list(List.of())).isEmpty();
	}
}
