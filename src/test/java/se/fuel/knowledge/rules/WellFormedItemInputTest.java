package se.fuel.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.swedish;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.common.Violation;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;

class WellFormedItemInputTest {

	private final WellFormedItemInput rule = new WellFormedItemInput();

	private static KnowledgeItemInput input(KnowledgeKind kind, String title, Integer year, List<String> areas) {
		return new KnowledgeItemInput(kind, title, "Sammanfattning", "Text", year, null, List.of(), "MUL", areas,
				List.of("unga vuxna"), List.of("ASI"), ImplementationStatus.UNKNOWN, null, null);
	}

	private List<Violation> check(KnowledgeItemInput input) {
		return rule.check(new WellFormedItemInput.Candidate(input, Set.of("missbruk"), Set.of()));
	}

	@Test
	void an_item_with_a_kind_a_title_and_known_areas_is_well_formed() {
		assertThat(check(input(KnowledgeKind.REPORT, "Slutrapport", 2024, List.of("missbruk")))).isEmpty();
	}

	@Test
	void an_item_needs_a_kind_and_a_title() {
		List<Violation> violations = check(input(null, "  ", null, List.of()));

		assertThat(violations).extracting(Violation::field).containsExactly("kind", "title");
		assertThat(swedish(violations.get(0))).isEqualTo("Välj typ av kunskap.");
		assertThat(swedish(violations.get(1))).isEqualTo("Skriv en titel.");
	}

	@Test
	void the_year_lies_between_1990_and_2100() {
		assertThat(check(input(KnowledgeKind.REPORT, "Slutrapport", 1989, List.of()))).singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Året måste vara ett årtal mellan 1990 och 2100."));
	}

	@Test
	void an_area_must_be_one_the_item_may_have() {
		assertThat(check(input(KnowledgeKind.REPORT, "Slutrapport", 2024, List.of("okant-omrade"))))
			.singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Välj områden ur listan över områden."));
	}

	@Test
	void the_organisations_must_be_the_citys() {
		List<Violation> violations = rule.check(new WellFormedItemInput.Candidate(
				input(KnowledgeKind.REPORT, "Slutrapport", 2024, List.of()), Set.of(), Set.of(UUID.randomUUID())));

		assertThat(violations).singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Organisationerna måste finnas bland stadens organisationer."));
	}

	@Test
	void a_summary_may_be_at_most_a_hundred_thousand_characters() {
		KnowledgeItemInput input = new KnowledgeItemInput(KnowledgeKind.REPORT, "Slutrapport", "x".repeat(100_001),
				null, null, null, List.of(), null, List.of(), List.of(), List.of(), null, null, null);

		assertThat(check(input)).singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Sammanfattningen får vara högst 100 000 tecken."));
	}
}
