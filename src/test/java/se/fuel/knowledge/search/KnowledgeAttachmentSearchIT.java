package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Order;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.SamplePdf;
import se.fuel.testdata.TestData;

/** A word that is only in an attached PDF finds the item once it is published, also after the index is rebuilt. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeAttachmentSearchIT {

	@Autowired
	KnowledgeBank bank;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	KnowledgeIndexer indexer;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	KnowledgeFixtures knowledge;

	@BeforeAll
	void officer() {
		knowledge = new KnowledgeFixtures(context);
	}

	@Test
	void a_word_only_in_a_published_items_pdf_finds_it_with_a_snippet_from_the_attachment() throws Exception {
		String word = uniqueWord();
		UUID id = draftWithPdf("Slutrapport med bilaga", "Deltagarna provade " + word + " under hösten.");

		assertThat(search(word).total()).as("a draft's attachment is never found").isZero();

		knowledge.asOfficer(() -> bank.publish(id));

		List<Hit> hits = search(word).hits();
		assertThat(hits).extracting(Hit::id).containsExactly(id);
		assertThat(hits.get(0).snippetFromAttachment()).isTrue();
		assertThat(hits.get(0).snippet()).contains("<mark>" + word + "</mark>");
		mvc.perform(get("/knowledge").param("q", word).with(users.as(data.reader())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ur en bilaga:")))
			.andExpect(content().string(containsString("<mark>" + word + "</mark>")));
	}

	@Test
	void a_drafts_attachment_is_not_found_and_a_removed_attachment_no_longer_finds_its_item() {
		String draftWord = uniqueWord();
		draftWithPdf("Utkast med bilaga", "Utkastet nämner " + draftWord + ".");
		String word = uniqueWord();
		UUID published = draftWithPdf("Publicerad med bilaga", "Rapporten nämner " + word + ".");
		knowledge.asOfficer(() -> bank.publish(published));
		assertThat(search(word).hits()).extracting(Hit::id).containsExactly(published);

		knowledge.asOfficer(() -> {
			bank.removeAttachment(published, bank.item(published).attachments().get(0).id());
			return null;
		});

		assertThat(search(word).total()).isZero();
		assertThat(search(draftWord).total()).isZero();
	}

	@Test
	void a_rebuilt_index_still_holds_attachment_text_and_its_progress_reaches_all_items() {
		String word = uniqueWord();
		UUID id = draftWithPdf("Ombyggt index med bilaga", "Bilagan beskriver " + word + ".");
		knowledge.asOfficer(() -> bank.publish(id));
		String draftWord = uniqueWord();
		draftWithPdf("Utkast i ombyggnad", "Utkastet beskriver " + draftWord + ".");

		knowledge.asOfficer(() -> {
			search.rebuildIndex();
			return null;
		});
		indexer.awaitRebuild();

		KnowledgeSearch.IndexingProgress progress = knowledge.asOfficer(search::indexing);
		assertThat(progress.failure()).isNull();
		assertThat(progress.running()).isFalse();
		assertThat(progress.total()).isPositive();
		assertThat(progress.done()).isEqualTo(progress.total());
		assertThat(progress.percent()).isEqualTo(100);
		assertThat(search(word).hits()).extracting(Hit::id).containsExactly(id);
		assertThat(search(draftWord).total()).isZero();
	}

	private UUID draftWithPdf(String title, String pdfText) {
		UUID id = knowledge.draft(new KnowledgeItemInput(KnowledgeKind.REPORT, title, "Sammanfattning utan ordet.",
				null, 2024, null, List.of(), null, List.of("ovrigt"), List.of(), List.of(), ImplementationStatus.UNKNOWN,
				null, null));
		byte[] pdf = SamplePdf.withText(pdfText);
		knowledge.asOfficer(() -> bank.attach(id, "rapport.pdf", pdf.length, new ByteArrayInputStream(pdf)));
		return id;
	}

	private KnowledgeSearch.Result search(String text) {
		return knowledge.asOfficer(() -> search.search(new Query(text, Map.of(), Order.RELEVANCE, 1, 10)));
	}

	/** A made-up word no other text has: letters only, so it is one token that no dictionary knows. */
	private static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16)));
		}
		return word.toString();
	}
}
