package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Query;

class SavedSearchTest {

	@Test
	void keeps_the_words_and_filters_but_not_the_order_or_the_page() {
		Query query = new Query("försörjningsstöd unga", Map.of("year", Set.of("2017")), KnowledgeSearch.Order.YEAR_ASC,
				3, 20);
		assertThat(SavedSearch.of(query)).isEqualTo("q=f%C3%B6rs%C3%B6rjningsst%C3%B6d+unga&year=2017");
		Query back = SavedSearch.parse(SavedSearch.of(query));
		assertThat(back.text()).isEqualTo("försörjningsstöd unga");
		assertThat(back.selected("year")).containsExactly("2017");
		assertThat(back.order()).isEqualTo(KnowledgeSearch.Order.RELEVANCE);
		assertThat(back.page()).isEqualTo(1);
	}

	@Test
	void the_same_search_gives_the_same_string_whatever_order_the_filters_were_chosen_in() {
		Query one = new Query("", Map.of("area", new LinkedHashSet<>(List.of("missbruk", "hemloshet")), "kind",
				Set.of("REPORT")), null, 1, 10);
		Query other = new Query("", Map.of("kind", Set.of("REPORT"), "area",
				new LinkedHashSet<>(List.of("hemloshet", "missbruk"))), null, 1, 10);
		assertThat(SavedSearch.of(one)).isEqualTo(SavedSearch.of(other))
			.isEqualTo("kind=REPORT&area=hemloshet&area=missbruk");
	}

	@Test
	void ignores_what_is_not_a_word_or_a_facet() {
		assertThat(SavedSearch.normalise("page=4&order=YEAR_DESC&evil=1&programme=LUM")).isEqualTo("programme=LUM");
		assertThat(SavedSearch.normalise("")).isEmpty();
	}
}
