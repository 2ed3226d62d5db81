package se.fuel.applications.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.swedish;

import org.junit.jupiter.api.Test;

class ReturnMessageGivenTest {

	private final ReturnMessageGiven rule = new ReturnMessageGiven();

	@Test
	void a_message_saying_what_to_complete_is_enough() {
		assertThat(rule.check("Komplettera budgeten med lönekostnaderna.")).isEmpty();
	}

	@Test
	void a_blank_message_is_refused() {
		assertThat(rule.check("  ")).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("required");
			assertThat(swedish(v)).isEqualTo("Skriv ett meddelande till den sökande om vad som ska kompletteras.");
		});
	}

	@Test
	void a_message_longer_than_4000_characters_is_refused() {
		assertThat(rule.check("x".repeat(4001))).singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Meddelandet får vara högst 4000 tecken."));
		assertThat(rule.check("x".repeat(4000))).isEmpty();
	}
}
