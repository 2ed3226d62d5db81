package se.fuel.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.swedish;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.fuel.common.Violation;

class ReadyToPublishTest {

	private final ReadyToPublish rule = new ReadyToPublish();

	private static PublishCandidate item(String summary, List<String> areas) {
		return new PublishCandidate(Map.of("title", "Slutrapport"), summary, areas, List.of());
	}

	@Test
	void an_item_with_a_summary_and_an_area_is_ready() {
		assertThat(rule.check(item("Vad projektet lärde sig.", List.of("missbruk")))).isEmpty();
	}

	@Test
	void an_item_without_a_summary_is_not_ready() {
		assertThat(rule.check(item(null, List.of("missbruk")))).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("summary");
			assertThat(swedish(v)).isEqualTo("Skriv en sammanfattning innan objektet publiceras.");
		});
	}

	@Test
	void an_item_without_an_area_is_not_ready() {
		List<Violation> violations = rule.check(item("Sammanfattning", List.of()));

		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("areaCodes");
			assertThat(swedish(v)).isEqualTo("Välj minst ett område innan objektet publiceras.");
		});
	}
}
