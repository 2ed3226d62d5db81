package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

import se.fuel.DemoDataTest;
import se.fuel.TestTexts;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.knowledge.SimilarItems;
import se.fuel.knowledge.SimilarItems.Similar;

@DemoDataTest
@Import(KnowledgeSearchFixture.class)
class SimilarItemsIT {

	@Autowired
	SimilarItems similarItems;

	@Autowired
	KnowledgeSearchFixture fixture;

	@Test
	@WithUserDetails("lasare")
	void the_most_similar_item_shares_target_group_method_and_terms() {
		String programme = KnowledgeSearchFixture.programme();
		String group = "tonårsföräldrar " + programme;
		UUID item = fixture.published(programme, "Föräldrastöd med vägledande samspel",
				"Tonårsföräldrar fick vägledande samspel i grupp.", 2017, List.of(group), List.of("ICDP " + programme));
		UUID twin = fixture.published(programme, "Vägledande samspel för tonårsföräldrar",
				"Grupper för föräldrar med vägledande samspel.", 2024, List.of(group), List.of("ICDP " + programme));

		List<Similar> similar = similarItems.similarTo(item);

		assertThat(similar).hasSizeLessThanOrEqualTo(SimilarItems.LIMIT);
		assertThat(similar).extracting(Similar::id).doesNotContain(item);
		assertThat(similar.get(0).id()).isEqualTo(twin);
		assertThat(similar.get(0).reasons().stream().map(TestTexts::swedish).toList())
			.contains("Samma målgrupp: " + group, "Samma metod: ICDP " + programme)
			.anyMatch(reason -> reason.startsWith("Gemensamma ord:") && reason.contains("samspel"));
	}

	@Test
	@WithUserDetails("handlaggare")
	void an_applications_texts_find_earlier_projects() {
		List<Similar> similar = similarItems.similarTo(new SimilarItems.Texts("SFI och praktik",
				"Praktikplatser för SFI-studerande med försörjningsstöd", List.of(), List.of()));
		assertThat(similar).isNotEmpty()
			.allMatch(s -> s.reasons().stream().map(TestTexts::swedish).anyMatch(r -> r.startsWith("Gemensamma ord:")));
	}

	@Test
	@WithUserDetails("lasare")
	void a_reader_gets_nothing_for_a_draft() {
		UUID draft = fixture.draft(KnowledgeSearchFixture.programme(), "Utkast om samspel", "Utkast.", 2024);
		assertThatThrownBy(() -> similarItems.similarTo(draft)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@WithUserDetails("farsta")
	void an_applicant_may_not_compare_application_texts() {
		assertThatThrownBy(() -> similarItems.similarTo(new SimilarItems.Texts("x", "y", List.of(), List.of())))
			.isInstanceOf(AccessDeniedException.class);
	}
}
