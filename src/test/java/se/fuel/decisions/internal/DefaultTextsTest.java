package se.fuel.decisions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.decisions.RoundTexts;
import se.fuel.system.MessageBundles;

class DefaultTextsTest {

	final RoundTexts texts = DefaultTexts.forYear(2027, UUID.randomUUID(), List.of(), MessageBundles.source(),
			LocalDate.of(2027, 1, 15));

	@Test
	void a_new_round_starts_from_the_2024_document_with_its_year_put_in() {
		assertThat(texts.title()).isEqualTo("Fördelning av lokala utvecklingsmedel och medel för utveckling och "
				+ "lärande genom studiebesök/resor 2027");
		assertThat(texts.background()).endsWith("beslutar om att avsätta medel i verksamhetsplanen för år 2027.");
		assertThat(texts.documentDate()).isEqualTo(LocalDate.of(2026, 12, 12));
	}

	@Test
	void a_round_whose_usual_document_date_is_still_to_come_gets_a_document_dated_today() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		assertThat(DefaultTexts.forYear(2031, UUID.randomUUID(), List.of(), MessageBundles.source(), today)
			.documentDate()).isEqualTo(today);
	}

	@Test
	void the_defaults_are_swedish_whoever_opens_the_round() {
		assertThat(texts.recipient()).isEqualTo("Socialnämnden");
		assertThat(texts.appendices()).containsExactly("Ansökningar LUM samt motivering och bedömning.",
				"Ansökningar MUL samt bedömning.");
	}
}
