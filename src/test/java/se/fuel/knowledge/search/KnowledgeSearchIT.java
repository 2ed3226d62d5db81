package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

import se.fuel.DemoDataTest;
import se.fuel.common.AccessDeniedException;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.FacetValue;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Order;
import se.fuel.knowledge.KnowledgeSearch.Query;

@DemoDataTest
@Import(KnowledgeSearchFixture.class)
class KnowledgeSearchIT {

	@Autowired
	KnowledgeSearch search;

	@Autowired
	KnowledgeSearchFixture fixture;

	@Test
	@WithUserDetails("lasare")
	void a_reader_finds_an_inflected_compound_with_the_word_highlighted() {
		String programme = KnowledgeSearchFixture.programme();
		UUID id = fixture.published(programme, "Stöd till unga vuxna",
				"Utvecklingsmedlen användes till boendestöd för unga vuxna.", 2017, List.of("unga vuxna"),
				List.of("ASI"));

		List<Hit> hits = search(programme, "utvecklingsmedel").hits();

		assertThat(hits).extracting(Hit::id).containsExactly(id);
		assertThat(hits.get(0).snippet()).contains("<mark>Utvecklingsmedlen</mark>");
		assertThat(search(programme, "stöd boende").hits()).extracting(Hit::id).containsExactly(id);
	}

	@Test
	@WithUserDetails("lasare")
	void a_compound_finds_texts_with_all_its_parts_not_texts_with_only_its_head() {
		String programme = KnowledgeSearchFixture.programme();
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
	@WithUserDetails("lasare")
	void when_no_text_has_all_of_a_compounds_parts_any_part_will_do() {
		String programme = KnowledgeSearchFixture.programme();
		UUID id = fixture.published(programme, "Praktikprojekt med praktikcoacher",
				"Praktikcoacherna följde deltagarna.", 2024, List.of(), List.of());

		assertThat(search(programme, "praktikcoach").hits()).extracting(Hit::id).containsExactly(id);
	}

	@Test
	@WithUserDetails("lasare")
	void drafts_and_unpublished_items_are_never_found() {
		String programme = KnowledgeSearchFixture.programme();
		UUID published = fixture.published(programme, "Försörjningsstöd och arbete", "Om försörjningsstöd.", 2024,
				List.of(), List.of());
		fixture.draft(programme, "Försörjningsstöd i utkast", "Om försörjningsstöd.", 2024);

		assertThat(search(programme, "försörjningsstöd").hits()).extracting(Hit::id).containsExactly(published);

		fixture.unpublish(published);
		assertThat(search(programme, "försörjningsstöd").total()).isZero();
	}

	@Test
	@WithUserDetails("lasare")
	void facets_count_the_found_items_and_filter_them() {
		String programme = KnowledgeSearchFixture.programme();
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

		KnowledgeSearch.Result filtered = search.search(new Query("", Map.of("programme", Set.of(programme),
				"year", Set.of("2003")), Order.RELEVANCE, 1, 10));
		assertThat(filtered.hits()).extracting(Hit::id).containsExactly(older);
	}

	@Test
	@WithUserDetails("lasare")
	void results_sort_by_year_and_come_in_pages() {
		String programme = KnowledgeSearchFixture.programme();
		for (int year = 2001; year <= 2005; year++) {
			fixture.published(programme, "Hemlöshet " + year, "Hemlösa och bostad.", year, List.of(), List.of());
		}
		KnowledgeSearch.Result page = search.search(new Query("hemlöshet", Map.of("programme", Set.of(programme)),
				Order.YEAR_DESC, 2, 2));

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.hits()).extracting(Hit::year).containsExactly(2003, 2002);
	}

	@Test
	@WithUserDetails("farsta")
	void an_applicant_may_not_rebuild_the_index() {
		assertThatThrownBy(() -> search.rebuildIndex()).isInstanceOf(AccessDeniedException.class);
	}

	private KnowledgeSearch.Result search(String programme, String text) {
		return search.search(new Query(text, Map.of("programme", Set.of(programme)), Order.RELEVANCE, 1, 10));
	}
}
