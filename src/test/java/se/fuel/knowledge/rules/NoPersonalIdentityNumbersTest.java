package se.fuel.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.english;
import static se.fuel.TestTexts.swedish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.common.Violation;

class NoPersonalIdentityNumbersTest {

	private final NoPersonalIdentityNumbers rule = new NoPersonalIdentityNumbers();

	private static PublishCandidate item(String summary, String contact, PublishCandidate.Attachment... attachments) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", "Slutrapport Fördjupningen");
		texts.put("summary", summary);
		texts.put("body", "Projektet arbetade med ASI.");
		texts.put("targetGroups", "unga vuxna");
		texts.put("methods", "ASI");
		texts.put("outcome", "40 deltagare");
		texts.put("contact", contact);
		return new PublishCandidate(texts, summary, List.of("missbruk"), List.of(attachments));
	}

	private static PublishCandidate.Attachment pdf(String fileName, String... pages) {
		return new PublishCandidate.Attachment(UUID.randomUUID(), fileName,
				() -> Optional.of(new PublishCandidate.Pages(List.of(pages), true)));
	}

	@Test
	void passes_an_item_without_personal_identity_numbers() {
		assertThat(rule.check(item("Beviljat 6 558 400 kr.", "Anna, 070-456 78 90",
				pdf("slutrapport.pdf", "Ring 08-508 250 00, dnr FoU 2024/0003.")))).isEmpty();
	}

	@Test
	void names_the_field_and_shows_only_the_masked_number() {
		List<Violation> violations = rule.check(item("Deltagaren 811218-9876 fick stöd.", null));

		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("summary");
			assertThat(v.rule()).isEqualTo(NoPersonalIdentityNumbers.RULE);
			assertThat(swedish(v)).contains("”Sammanfattning”", "personnummer", "81xxxx-xxxx", "Deltagaren")
				.doesNotContain("9876");
			assertThat(english(v)).contains("“Summary”", "personal identity number", "81xxxx-xxxx")
				.doesNotContain("9876");
		});
	}

	@Test
	void reports_a_coordination_number_in_the_contact() {
		List<Violation> violations = rule.check(item(null, "Kontakt: 701063-2391"));

		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("contact");
			assertThat(swedish(v)).contains("samordningsnummer").doesNotContain("2391");
		});
	}

	@Test
	void names_the_attachment_and_the_page_of_a_pdf() {
		PublishCandidate.Attachment pdf = pdf("slutrapport.pdf", "Slutrapport", "Deltagare 19811218-9876 intervjuades.");

		List<Violation> violations = rule.check(item(null, null, pdf));

		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("attachment-" + pdf.id());
			assertThat(swedish(v)).isEqualTo("Bilagan ”slutrapport.pdf” innehåller ett personnummer "
					+ "(19xxxxxx-xxxx) på sidan 2: ta bort det innan publicering.");
		});
	}

	@Test
	void names_the_words_around_a_number_in_an_attachment_without_pages() {
		PublishCandidate.Attachment word = new PublishCandidate.Attachment(UUID.randomUUID(), "rapport.docx",
				() -> Optional.of(new PublishCandidate.Pages(List.of("Deltagare 811218-9876 intervjuades."), false)));

		assertThat(rule.check(item(null, null, word))).singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Bilagan ”rapport.docx” innehåller ett personnummer "
					+ "(81xxxx-xxxx) i texten ”Deltagare 81xxxx-xxxx intervjuades.”: ta bort det innan publicering."));
	}

	@Test
	void blocks_an_attachment_whose_text_cannot_be_read() {
		PublishCandidate.Attachment damaged = new PublishCandidate.Attachment(UUID.randomUUID(), "trasig.pdf",
				Optional::empty);

		assertThat(rule.check(item(null, null, damaged))).singleElement()
			.satisfies(v -> assertThat(v.rule()).isEqualTo(NoPersonalIdentityNumbers.UNREADABLE));
	}

	@Test
	void masks_every_number_in_the_context_it_shows() {
		String text = "Mor 811218-9876 och barn 20121212-1212 deltog.";
		var hits = PersonalIdentityNumbers.find(text);

		assertThat(NoPersonalIdentityNumbers.context(text, hits.get(0)))
			.isEqualTo("Mor 81xxxx-xxxx och barn 20xxxxxx-xxxx deltog…");
	}
}
