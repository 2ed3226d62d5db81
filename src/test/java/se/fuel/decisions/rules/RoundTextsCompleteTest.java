package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.rules.RoundTextsComplete.Texts;

class RoundTextsCompleteTest {

	final RoundTextsComplete rule = new RoundTextsComplete();

	static RoundTexts texts(String title, String recipient, LocalDate date, UUID officer) {
		return new RoundTexts("", date, recipient, title, officer, "", "", "", "", "", List.of(), List.of());
	}

	@Test
	void a_document_with_title_recipient_date_and_officer_is_complete() {
		assertThat(rule.check(new Texts(texts("Fördelning 2027", "Socialnämnden", LocalDate.of(2026, 12, 12),
				UUID.randomUUID()), true))).isEmpty();
	}

	@Test
	void every_missing_heading_is_named() {
		assertThat(rule.check(new Texts(texts(" ", "", null, null), false))).extracting(Violation::field)
			.containsExactly("title", "recipient", "documentDate", "officerId");
	}

	@Test
	void the_officer_must_be_a_fund_officer() {
		assertThat(rule.check(new Texts(texts("Fördelning 2027", "Socialnämnden", LocalDate.of(2026, 12, 12),
				UUID.randomUUID()), false)))
			.singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Handläggare: välj en FoU-handläggare."));
	}
}
