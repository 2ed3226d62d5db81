package se.fuel.decisions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.decisions.RoundTexts;
import se.fuel.system.MessageBundles;

class DefaultTextsTest {

	final RoundTexts texts = DefaultTexts.forYear(2027, UUID.randomUUID(), List.of(), MessageBundles.source());

	@Test
	void a_new_round_starts_from_the_2024_document_with_its_year_put_in() {
		assertThat(texts.title()).isEqualTo("Fördelning av lokala utvecklingsmedel och medel för utveckling och "
				+ "lärande genom studiebesök/resor 2027");
		assertThat(texts.background()).endsWith("beslutar om att avsätta medel i verksamhetsplanen för år 2027.");
		assertThat(texts.documentDate()).isEqualTo(LocalDate.of(2026, 12, 12));
	}

	@Test
	void the_defaults_are_swedish_whoever_opens_the_round() {
		assertThat(texts.recipient()).isEqualTo("Socialnämnden");
		assertThat(texts.appendices()).containsExactly("Ansökningar LUM samt motivering och bedömning.",
				"Ansökningar MUL samt bedömning.");
	}
}
