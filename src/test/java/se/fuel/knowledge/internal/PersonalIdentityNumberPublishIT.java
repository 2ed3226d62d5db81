package se.fuel.knowledge.internal;

import se.fuel.documents.DocumentTextTests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.common.ViolationException;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
class PersonalIdentityNumberPublishIT {

	@Autowired
	KnowledgeBank bank;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationContext context;

	KnowledgeFixtures knowledge;

	@BeforeEach
	void officer() {
		knowledge = new KnowledgeFixtures(context);
	}

	private KnowledgeItemView draftWithAttachment(String title, String secondPage) {
		KnowledgeItemView item = knowledge.asOfficer(() -> bank.create(new KnowledgeItemInput(KnowledgeKind.REPORT, title,
				"En slutrapport om unga vuxna.", null, 2024, null, List.of(), null, List.of("arbetsmarknad"), List.of(), List.of(),
				ImplementationStatus.UNKNOWN, null, null)));
		byte[] pdf = DocumentTextTests.reportPdf(secondPage);
		knowledge.asOfficer(() -> bank.attach(item.id(), "slutrapport.pdf", pdf.length, new ByteArrayInputStream(pdf)));
		return item;
	}

	@Test
	void refuses_to_publish_an_item_whose_attachment_holds_a_personnummer_and_keeps_it_a_draft() {
		KnowledgeItemView item = draftWithAttachment("PII-vakt med personnummer " + System.nanoTime(),
				"Deltagare 19811218-9876 intervjuades.");

		assertThatThrownBy(() -> knowledge.asOfficer(() -> bank.publish(item.id())))
			.isInstanceOfSatisfying(ViolationException.class,
				e -> assertThat(e.violations()).singleElement().satisfies(v -> {
					assertThat(v.rule()).isEqualTo(se.fuel.knowledge.rules.NoPersonalIdentityNumbers.RULE);
					assertThat(se.fuel.TestTexts.swedish(v)).contains("Bilagan ”slutrapport.pdf”", "på sidan 2", "19xxxxxx-xxxx");
				}));
		assertThat(knowledge.asOfficer(() -> bank.item(item.id())).status()).isEqualTo(KnowledgeStatus.DRAFT);
	}

	@Test
	void publishes_an_item_whose_attachment_holds_no_personnummer() {
		KnowledgeItemView item = draftWithAttachment("PII-vakt utan personnummer " + System.nanoTime(),
				"Ring 08-508 250 00 för frågor.");

		assertThat(knowledge.asOfficer(() -> bank.publish(item.id())).status()).isEqualTo(KnowledgeStatus.PUBLISHED);
	}

	@Test
	void the_publish_page_shows_the_hit_in_the_error_summary_linked_to_the_attachment() throws Exception {
		KnowledgeItemView item = draftWithAttachment("PII-vakt sida " + System.nanoTime(),
				"Kontakt 701063-2391 (samordningsnummer).");
		var attachmentId = knowledge.asOfficer(() -> bank.item(item.id())).attachments().get(0).id();

		mvc.perform(post("/knowledge/" + item.id() + "/publish").with(users.as(knowledge.officer())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#attachment-" + attachmentId + "\"")))
			.andExpect(content().string(containsString("innehåller ett samordningsnummer (70xxxx-xxxx) på sidan 2")));
		stillDraft(item);
	}

	private void stillDraft(KnowledgeItemView item) throws Exception {
		mvc.perform(get("/api/v1/knowledge/" + item.id()).with(httpBasic(knowledge.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void the_publish_api_answers_422_with_the_violation() throws Exception {
		KnowledgeItemView item = draftWithAttachment("PII-vakt API " + System.nanoTime(),
				"Deltagare 811218-9876.");

		mvc.perform(post("/api/v1/knowledge/" + item.id() + "/publish")
				.with(httpBasic(knowledge.officer(), TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem(se.fuel.knowledge.rules.NoPersonalIdentityNumbers.RULE)));
		stillDraft(item);
	}
}
