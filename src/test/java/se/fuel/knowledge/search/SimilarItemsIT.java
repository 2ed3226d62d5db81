package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestTexts;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.SimilarItems;
import se.fuel.knowledge.SimilarItems.Similar;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarItemsIT {

	@Autowired
	SimilarItems similarItems;

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
	void the_most_similar_item_shares_target_group_method_and_terms() {
		String programme = KnowledgeFixtures.programme();
		String group = "tonårsföräldrar " + programme;
		UUID item = fixture.published(programme, "Föräldrastöd med vägledande samspel",
				"Tonårsföräldrar fick vägledande samspel i grupp.", 2017, List.of(group), List.of("ICDP " + programme));
		UUID twin = fixture.published(programme, "Vägledande samspel för tonårsföräldrar",
				"Grupper för föräldrar med vägledande samspel.", 2024, List.of(group), List.of("ICDP " + programme));

		List<Similar> similar = data.as(reader, () -> similarItems.similarTo(item));

		assertThat(similar).hasSizeLessThanOrEqualTo(SimilarItems.LIMIT);
		assertThat(similar).extracting(Similar::id).doesNotContain(item);
		assertThat(similar.get(0).id()).isEqualTo(twin);
		assertThat(similar.get(0).reasons().stream().map(TestTexts::swedish).toList())
			.contains("Samma målgrupp: " + group, "Samma metod: ICDP " + programme)
			.anyMatch(reason -> reason.startsWith("Gemensamma ord:") && reason.contains("samspel"));
	}

	@Test
	void an_applications_texts_find_an_earlier_project_by_the_words_they_share() {
		UUID earlier = fixture.published(KnowledgeFixtures.programme(), "Praktik för SFI-studerande",
				"SFI-studerande med försörjningsstöd fick praktikplatser.", 2017, List.of(), List.of());
		List<Similar> similar = fixture.asOfficer(() -> similarItems.similarTo(new SimilarItems.Texts(
				"SFI och praktik", "Praktikplatser för SFI-studerande med försörjningsstöd", List.of(), List.of())));
		// That every project found has words in common is checked over the demo corpus (SearchQualityIT).
		assertThat(similar).filteredOn(s -> s.id().equals(earlier)).singleElement()
			.satisfies(s -> assertThat(s.reasons().stream().map(TestTexts::swedish))
				.anyMatch(r -> r.startsWith("Gemensamma ord:") && r.contains("praktik")));
	}

	@Test
	void a_reader_gets_nothing_for_a_draft() {
		UUID draft = fixture.draft(KnowledgeFixtures.programme(), "Utkast om samspel", "Utkast.", 2024);
		assertThatThrownBy(() -> data.as(reader, () -> similarItems.similarTo(draft)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void an_applicant_may_not_compare_application_texts() {
		String applicant = data.applicant(data.district());
		assertThatThrownBy(() -> data.as(applicant,
				() -> similarItems.similarTo(new SimilarItems.Texts("x", "y", List.of(), List.of()))))
			.isInstanceOf(AccessDeniedException.class);
	}
}
