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
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Query;

/**
 * The search-quality set (src/test/resources/knowledge/search-quality.tsv) over the demo knowledge bank: every query
 * finds its item among the first five. A failure lists every pair that missed with what came first instead.
 */
@DemoDataTest
class SearchQualityIT {

	private static final int TOP = 5;

	@Autowired
	KnowledgeSearch search;

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
