package se.fuel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CorpusGeneratorTests {

	private static final Vocabulary VOCABULARY = Vocabulary.load();

	private static final List<CorpusGenerator.Organisation> ORGANISATIONS = List.of(
			new CorpusGenerator.Organisation(UUID.fromString("00000000-0000-0000-0000-000000000001"),
					"Farsta stadsdelsförvaltning"),
			new CorpusGenerator.Organisation(UUID.fromString("00000000-0000-0000-0000-000000000002"),
					"Södermalms stadsdelsförvaltning"));

	@Test
	void the_same_seed_makes_the_same_items_in_any_order() {
		CorpusGenerator first = new CorpusGenerator(42, VOCABULARY, ORGANISATIONS);
		CorpusGenerator second = new CorpusGenerator(42, Vocabulary.load(), ORGANISATIONS);
		CorpusGenerator.Item late = second.item(999_999);
		assertThat(first.item(0)).isEqualTo(second.item(0));
		assertThat(first.item(999_999)).isEqualTo(late);
		assertThat(first.links(7)).isEqualTo(first.item(7).links());
	}

	@Test
	void another_seed_or_number_makes_another_item() {
		CorpusGenerator generator = new CorpusGenerator(42, VOCABULARY, ORGANISATIONS);
		assertThat(generator.item(1)).isNotEqualTo(generator.item(2));
		assertThat(new CorpusGenerator(43, VOCABULARY, ORGANISATIONS).item(1)).isNotEqualTo(generator.item(1));
	}

	@Test
	void items_are_swedish_texts_with_links_and_recognisable_ids() {
		CorpusGenerator generator = new CorpusGenerator(42, VOCABULARY, ORGANISATIONS);
		CorpusGenerator.Item item = generator.item(255);
		assertThat(item.links().id()).isEqualTo(UUID.fromString("be7c0000-0000-4000-8000-0000000000ff"));
		assertThat(item.title()).isNotBlank();
		assertThat(item.body().length()).isGreaterThan(200);
		assertThat(item.links().organisations()).isNotEmpty();
		assertThat(item.links().targetGroups()).isNotEmpty().allMatch(Vocabulary.TARGET_GROUPS::contains);
		assertThat(item.links().year()).isBetween(1995, 2026);
		String all = String.join(" ", java.util.stream.LongStream.range(0, 300)
			.mapToObj(n -> generator.item(n).body()).toList());
		assertThat(all).contains("försörjningsstöd").contains("samverkan");
	}
}
