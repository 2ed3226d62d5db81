package se.fuel.applications.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

	@Test
	void counts_nothing_in_an_empty_or_missing_text() {
		assertThat(WordCount.of(null)).isZero();
		assertThat(WordCount.of("")).isZero();
		assertThat(WordCount.of(" \n\t ")).isZero();
	}

	@Test
	void counts_whitespace_separated_tokens() {
		assertThat(WordCount.of("Målgruppen är unga vuxna 18–25 år.")).isEqualTo(6);
	}

	@Test
	void treats_any_run_of_whitespace_as_one_separator() {
		assertThat(WordCount.of("\n  första\r\n\r\nandra\t\ttredje\u00A0fjärde  ")).isEqualTo(4);
	}

	@Test
	void counts_hyphenated_words_and_punctuation_as_part_of_the_token() {
		assertThat(WordCount.of("FoU-medel, t.ex. LUM/MUL")).isEqualTo(3);
	}
}
