package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.fuel.DemoDataTest;
import se.fuel.TestTexts;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.SimilarItems;
import se.fuel.knowledge.SimilarItems.Similar;

/**
 * The search-quality set (src/test/resources/knowledge/search-quality.tsv) over the demo knowledge bank: every query
 * finds its item among the first five. A failure lists every pair that missed with what came first instead. And the
 * similar projects an application's texts find in the demo corpus each share words with it.
 */
@DemoDataTest
class SearchQualityIT {

	private static final int TOP = 5;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	SimilarItems similarItems;

	@Test
	@WithUserDetails("lasare")
	void every_query_of_the_quality_set_finds_its_item_in_the_top_five() throws IOException {
		List<String[]> pairs = pairs();
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
		List<String> misses = new ArrayList<>();
		for (String[] pair : pairs) {
			List<String> titles = search.search(new Query(pair[0], null, null, 1, TOP)).hits().stream()
				.map(Hit::title).toList();
			if (!titles.contains(pair[1])) {
				misses.add("'" + pair[0] + "' (" + pair[2] + ") did not find '" + pair[1] + "' but " + titles);
			}
		}
		assertThat(misses).as(String.join("\n", misses)).isEmpty();
	}

	@Test
	@WithUserDetails("handlaggare")
	void an_applications_texts_find_earlier_demo_projects_each_with_words_in_common() {
		List<Similar> similar = similarItems.similarTo(new SimilarItems.Texts("SFI och praktik",
				"Praktikplatser för SFI-studerande med försörjningsstöd", List.of(), List.of()));
		assertThat(similar).isNotEmpty()
			.allMatch(s -> s.reasons().stream().map(TestTexts::swedish).anyMatch(r -> r.startsWith("Gemensamma ord:")));
	}

	private static List<String[]> pairs() throws IOException {
		try (InputStream in = SearchQualityIT.class.getResourceAsStream("/knowledge/search-quality.tsv")) {
			List<String[]> pairs = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] columns = line.split("\t");
					pairs.add(new String[] { columns[0].strip(), columns[1].strip(), columns.length > 2 ? columns[2] : "" });
				}
			}
			return pairs;
		}
	}
}
