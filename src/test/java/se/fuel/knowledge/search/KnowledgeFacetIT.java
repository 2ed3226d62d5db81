package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.FacetValue;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Order;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.testdata.TestData;

/** Facets choose several values: "or" within a facet, "and" across facets, each counted without its own choice. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeFacetIT {

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
	void a_facets_counts_ignore_its_own_choice_and_follow_the_other_facets() {
		String programme = KnowledgeFixtures.programme();
		UUID a = fixture.published(programme, "Missbruk A", KnowledgeKind.REPORT, 2017, List.of("missbruk"));
		UUID b = fixture.published(programme, "Missbruk och hemlöshet B", KnowledgeKind.REPORT, 2017,
				List.of("missbruk", "hemloshet"));
		fixture.published(programme, "Hemlöshet och arbete C", KnowledgeKind.PRE_STUDY, 2003,
				List.of("hemloshet", "arbetsmarknad"));
		UUID d = fixture.published(programme, "Arbete D", KnowledgeKind.PRE_STUDY, 2017, List.of("arbetsmarknad"));

		KnowledgeSearch.Result missbruk = search(programme, Map.of("area", Set.of("missbruk")));

		assertThat(missbruk.hits()).extracting(Hit::id).containsExactlyInAnyOrder(a, b);
		// Choosing Missbruk still shows what the other areas would add.
		assertThat(missbruk.facets().get("area")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple("missbruk", 2L, true), tuple("hemloshet", 2L, false),
					tuple("arbetsmarknad", 2L, false));
		// The other facets count only what the chosen area finds.
		assertThat(missbruk.facets().get("year")).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(tuple("2017", 2L));
		assertThat(missbruk.facets().get("kind")).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(tuple("REPORT", 2L));
		assertThat(missbruk.facets().get("programme")).extracting(FacetValue::value, FacetValue::count)
			.contains(tuple(programme, 2L));

		KnowledgeSearch.Result two = search(programme,
				Map.of("area", Set.of("missbruk", "arbetsmarknad"), "year", Set.of("2017")));

		assertThat(two.hits()).extracting(Hit::id).containsExactlyInAnyOrder(a, b, d);
		assertThat(two.facets().get("area")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple("missbruk", 2L, true), tuple("arbetsmarknad", 1L, true),
					tuple("hemloshet", 1L, false));
		assertThat(two.facets().get("year")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.containsExactly(tuple("2017", 3L, true), tuple("2003", 1L, false));
		assertThat(two.facets().get("kind")).extracting(FacetValue::value, FacetValue::count)
			.containsExactlyInAnyOrder(tuple("REPORT", 2L), tuple("PRE_STUDY", 1L));
	}

	@Test
	void a_chosen_value_that_nothing_has_stays_to_be_unchosen() {
		String programme = KnowledgeFixtures.programme();
		fixture.published(programme, "Missbruk E", KnowledgeKind.REPORT, 2017, List.of("missbruk"));

		KnowledgeSearch.Result result = search(programme, Map.of("area", Set.of("aldre")));

		assertThat(result.total()).isZero();
		assertThat(result.facets().get("area")).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple("aldre", 0L, true), tuple("missbruk", 1L, false));
	}

	private KnowledgeSearch.Result search(String programme, Map<String, Set<String>> filters) {
		Map<String, Set<String>> all = new java.util.HashMap<>(filters);
		all.put("programme", Set.of(programme));
		return data.as(reader, () -> search.search(new Query("", all, Order.RELEVANCE, 1, 10)));
	}
}
