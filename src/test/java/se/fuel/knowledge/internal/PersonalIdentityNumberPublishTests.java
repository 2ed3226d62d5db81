package se.fuel.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import se.fuel.FuelIntegrationTest;
import se.fuel.common.ViolationException;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;

@FuelIntegrationTest
class PersonalIdentityNumberPublishTests {

	@Autowired
	KnowledgeBank bank;

	private KnowledgeItemView draftWithAttachment(String title, String secondPage) {
		KnowledgeItemView item = bank.create(new KnowledgeItemInput(KnowledgeKind.REPORT, title,
				"En slutrapport om unga vuxna.", null, 2024, null, List.of(), null, List.of(), List.of(), List.of(),
				ImplementationStatus.UNKNOWN, null, null));
		byte[] pdf = AttachmentTextExtractorTests.reportPdf(secondPage);
		bank.attach(item.id(), "slutrapport.pdf", pdf.length, new ByteArrayInputStream(pdf));
		return item;
	}

	@Test
	@WithUserDetails("handlaggare")
	void refuses_to_publish_an_item_whose_attachment_holds_a_personnummer_and_keeps_it_a_draft() {
		KnowledgeItemView item = draftWithAttachment("PII-vakt med personnummer " + System.nanoTime(),
				"Deltagare 19811218-9876 intervjuades.");

		assertThatThrownBy(() -> bank.publish(item.id())).isInstanceOfSatisfying(ViolationException.class,
				e -> assertThat(e.violations()).singleElement().satisfies(v -> {
					assertThat(v.rule()).isEqualTo(PersonalIdentityNumberCheck.RULE);
					assertThat(v.message()).contains("Bilagan ”slutrapport.pdf”", "på sidan 2", "19xxxxxx-xxxx");
				}));
		assertThat(bank.item(item.id()).status()).isEqualTo(KnowledgeStatus.DRAFT);
	}

	@Test
	@WithUserDetails("handlaggare")
	void publishes_an_item_whose_attachment_holds_no_personnummer() {
		KnowledgeItemView item = draftWithAttachment("PII-vakt utan personnummer " + System.nanoTime(),
				"Ring 08-508 250 00 för frågor.");

		assertThat(bank.publish(item.id()).status()).isEqualTo(KnowledgeStatus.PUBLISHED);
	}
}
