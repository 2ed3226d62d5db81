package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.fuel.FuelIntegrationTest;
import se.fuel.common.AccessDeniedException;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.FacetValue;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Order;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchIT {

	@Autowired
	KnowledgeSearch search;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	KnowledgeFixtures fixture;

	String reader;

	@BeforeAll
	void people() {
		fixture = new KnowledgeFixtures(context);
		reader = data.reader();
	}

	@Test
	void a_reader_finds_an_inflected_compound_with_the_word_highlighted() {
		String programme = KnowledgeFixtures.programme();
		UUID id = fixture.published(programme, "Stöd till unga vuxna",
				"Utvecklingsmedlen användes till boendestöd för unga vuxna.", 2017, List.of("unga vuxna"),
				List.of("ASI"));

		List<Hit> hits = search(programme, "utvecklingsmedel").hits();

		assertThat(hits).extracting(Hit::id).containsExactly(id);
		assertThat(hits.get(0).snippet()).contains("<mark>Utvecklingsmedlen</mark>");
		assertThat(search(programme, "stöd boende").hits()).extracting(Hit::id).containsExactly(id);
	}

	@Test
	void a_compound_finds_texts_with_all_its_parts_not_texts_with_only_its_head() {
		String programme = KnowledgeFixtures.programme();
		UUID compound = fixture.published(programme, "Boendestöd i Farsta", "Boendestödet ges i hemmet.", 2017,
				List.of(), List.of());
		UUID parts = fixture.published(programme, "Stöd i boendet", "Personalen ger stöd till den som har ett boende.",
				2017, List.of(), List.of());
		UUID headOnly = fixture.published(programme, "Stöd till föräldrar", "Samtalsstöd för föräldrar.", 2017,
				List.of(), List.of());

		List<UUID> found = search(programme, "boendestöd").hits().stream().map(Hit::id).toList();

		assertThat(found).containsExactly(compound, parts).doesNotContain(headOnly);
	}

	@Test
	void when_no_text_has_all_of_a_compounds_parts_any_part_will_do() {
		String programme = KnowledgeFixtures.programme();
		UUID id = fixture.published(programme, "Praktikprojekt med praktikcoacher",
				"Praktikcoacherna följde deltagarna.", 2024, List.of(), List.of());

		assertThat(search(programme, "praktikcoach").hits()).extracting(Hit::id).containsExactly(id);
	}

	@Test
	void drafts_and_unpublished_items_are_never_found() {
		String programme = KnowledgeFixtures.programme();
		UUID published = fixture.published(programme, "Försörjningsstöd och arbete", "Om försörjningsstöd.", 2024,
				List.of(), List.of());
		fixture.draft(programme, "Försörjningsstöd i utkast", "Om försörjningsstöd.", 2024);

		assertThat(search(programme, "försörjningsstöd").hits()).extracting(Hit::id).containsExactly(published);

		fixture.unpublish(published);
		assertThat(search(programme, "försörjningsstöd").total()).isZero();
	}

	@Test
	void facets_count_the_found_items_and_filter_them() {
		String programme = KnowledgeFixtures.programme();
		fixture.published(programme, "Brukarskola", "Brukare lär brukare.", 2017, List.of("vuxna med missbruk"),
				List.of("brukarskola"));
		UUID older = fixture.published(programme, "Brukarråd", "Brukare i råd.", 2003, List.of("vuxna med missbruk"),
				List.of());

		KnowledgeSearch.Result all = search(programme, "");
		assertThat(all.total()).isEqualTo(2);
		assertThat(all.facets().get("year")).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2017", 1L), org.assertj.core.groups.Tuple.tuple("2003", 1L));
		assertThat(all.facets().get("targetGroup")).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("vuxna med missbruk", 2L));
		assertThat(all.facets().get("kind")).extracting(FacetValue::label).containsExactly("Rapport");

		KnowledgeSearch.Result filtered = asReader(new Query("", Map.of("programme", Set.of(programme),
				"year", Set.of("2003")), Order.RELEVANCE, 1, 10));
		assertThat(filtered.hits()).extracting(Hit::id).containsExactly(older);
	}

	@Test
	void results_sort_by_year_and_come_in_pages() {
		String programme = KnowledgeFixtures.programme();
		for (int year = 2001; year <= 2005; year++) {
			fixture.published(programme, "Hemlöshet " + year, "Hemlösa och bostad.", year, List.of(), List.of());
		}
		KnowledgeSearch.Result page = asReader(new Query("hemlöshet", Map.of("programme", Set.of(programme)),
				Order.YEAR_DESC, 2, 2));

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.hits()).extracting(Hit::year).containsExactly(2003, 2002);
	}

	@Test
	void an_applicant_may_not_rebuild_the_index() {
		String applicant = data.applicant(data.district());
		assertThatThrownBy(() -> data.run(applicant, search::rebuildIndex)).isInstanceOf(AccessDeniedException.class);
	}

	private KnowledgeSearch.Result search(String programme, String text) {
		return asReader(new Query(text, Map.of("programme", Set.of(programme)), Order.RELEVANCE, 1, 10));
	}

	private KnowledgeSearch.Result asReader(Query query) {
		return data.as(reader, () -> search.search(query));
	}
}
