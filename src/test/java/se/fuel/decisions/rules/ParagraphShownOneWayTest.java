package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;

class ParagraphShownOneWayTest {

	final ParagraphShownOneWay rule = new ParagraphShownOneWay();

	@Test
	void a_bare_number_is_stored_with_the_sign_and_a_space() {
		assertThat(ParagraphShownOneWay.shown("7")).isEqualTo("§ 7");
	}

	@Test
	void the_sign_without_a_space_after_or_behind_the_number_is_stored_the_same_way() {
		assertThat(ParagraphShownOneWay.shown("§7")).isEqualTo("§ 7");
		assertThat(ParagraphShownOneWay.shown(" 7 § ")).isEqualTo("§ 7");
		assertThat(ParagraphShownOneWay.shown("§  07")).isEqualTo("§ 7");
	}

	@Test
	void the_paragraph_as_shown_stays_as_it_is() {
		assertThat(ParagraphShownOneWay.shown("§ 12")).isEqualTo("§ 12");
	}

	@Test
	void a_split_paragraph_keeps_its_letter_in_lower_case() {
		assertThat(ParagraphShownOneWay.shown("§12A")).isEqualTo("§ 12 a");
	}

	@Test
	void every_paragraph_number_holds() {
		assertThat(rule.check("7")).isEmpty();
		assertThat(rule.check("§ 12 a")).isEmpty();
	}

	@Test
	void a_text_that_is_not_a_paragraph_number_is_refused_naming_the_field() {
		assertThat(rule.check("punkt sju"))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.field()).isEqualTo("paragraph");
				assertThat(v.rule()).isEqualTo(ParagraphShownOneWay.RULE);
				assertThat(TestTexts.swedish(v)).startsWith("Paragraf: skriv protokollets paragrafnummer, t.ex. § 7");
			});
	}

	@Test
	void a_missing_or_too_long_paragraph_is_left_to_the_rule_that_requires_it() {
		assertThat(rule.check(" ")).isEmpty();
		assertThat(rule.check("§".repeat(61))).isEmpty();
	}
}
