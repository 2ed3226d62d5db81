package se.fuel.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.fuel.common.Violation;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.internal.KnowledgeAttachment;
import se.fuel.knowledge.internal.KnowledgeItem;
import se.fuel.knowledge.internal.PublishCheck.AttachmentText;

class PersonalIdentityNumberCheckTests {

    private final PersonalIdentityNumberCheck check = new PersonalIdentityNumberCheck(
            AttachmentTexts.extractingEachTime(new AttachmentTextExtractor()));

    private static KnowledgeItem item(String summary, String contact) {
        return new KnowledgeItem(new KnowledgeItemInput(KnowledgeKind.REPORT, "Slutrapport Fördjupningen", summary,
                "Projektet arbetade med ASI.", 2024, null, List.of(), "MUL", List.of(), List.of("unga vuxna"),
                List.of("ASI"), ImplementationStatus.values()[0], "40 deltagare", contact), Instant.now());
    }

    private static AttachmentText attachment(String fileName, byte[] bytes) {
        KnowledgeAttachment attachment = new KnowledgeAttachment(UUID.randomUUID(), fileName, "application/pdf",
                bytes.length, "key", "handlaggare", Instant.now());
        return new AttachmentText() {
            @Override
            public KnowledgeAttachment attachment() {
                return attachment;
            }

            @Override
            public byte[] bytes() {
                return bytes;
            }
        };
    }

    @Test
    void passes_an_item_without_personal_identity_numbers() {
        byte[] pdf = AttachmentTextExtractorTests.reportPdf("Ring 08-508 250 00, dnr FoU 2024/0003.");

        assertThat(check.check(item("Beviljat 6 558 400 kr.", "Anna, 070-456 78 90"),
                List.of(attachment("slutrapport.pdf", pdf)))).isEmpty();
    }

    @Test
    void names_the_field_and_shows_only_the_masked_number() {
        List<Violation> violations = check.check(item("Deltagaren 811218-9876 fick stöd.", null), List.of());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("summary");
            assertThat(v.rule()).isEqualTo(PersonalIdentityNumberCheck.RULE);
            assertThat(v.message().toString()).contains("”Sammanfattning”", "personnummer", "81xxxx-xxxx", "Deltagaren")
                    .doesNotContain("9876");
        });
    }

    @Test
    void reports_a_coordination_number_in_the_contact() {
        List<Violation> violations = check.check(item(null, "Kontakt: 701063-2391"), List.of());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("contact");
            assertThat(v.message().toString()).contains("samordningsnummer").doesNotContain("2391");
        });
    }

    @Test
    void names_the_attachment_and_the_page_of_a_pdf() {
        AttachmentText pdf = attachment("slutrapport.pdf",
                AttachmentTextExtractorTests.reportPdf("Deltagare 19811218-9876 intervjuades."));

        List<Violation> violations = check.check(item(null, null), List.of(pdf));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("attachment-" + pdf.attachment().id());
            assertThat(v.message().toString()).isEqualTo("Bilagan ”slutrapport.pdf” innehåller ett personnummer "
                    + "(19xxxxxx-xxxx) på sidan 2: ta bort det innan publicering.");
        });
    }

    @Test
    void blocks_an_attachment_whose_text_cannot_be_read() {
        AttachmentText damaged = attachment("trasig.pdf", "%PDF-1.7 nonsense".getBytes(StandardCharsets.US_ASCII));

        assertThat(check.check(item(null, null), List.of(damaged))).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(PersonalIdentityNumberCheck.UNREADABLE));
    }

    @Test
    void masks_every_number_in_the_context_it_shows() {
        String text = "Mor 811218-9876 och barn 20121212-1212 deltog.";
        var hits = se.fuel.knowledge.rules.PersonalIdentityNumbers.find(text);

        assertThat(PersonalIdentityNumberCheck.context(text, hits.get(0)))
                .isEqualTo("Mor 81xxxx-xxxx och barn 20xxxxxx-xxxx deltog…");
    }
}
