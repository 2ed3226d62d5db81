package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;

class RequiredSectionsFilledTest {

	private final RequiredSectionsFilled policy = new RequiredSectionsFilled();

	private final CallView lum = CallBuilder.lum2024().build();

	@Test
	void accepts_an_application_with_every_required_section_filled() {
		assertThat(policy.check(CandidateBuilder.to(lum).build())).isEmpty();
	}

	@Test
	void refuses_an_application_without_a_gender_equality_analysis() {
		var candidate = CandidateBuilder.to(lum).without(ApplicationSection.genderAnalysis).build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("genderAnalysis");
			assertThat(violation.rule()).isEqualTo("required-section");
			assertThat(swedish(violation))
				.isEqualTo("Jämställdhetsanalys måste fyllas i: utlysningen kräver avsnittet.");
		});
	}

	@Test
	void treats_a_section_of_only_whitespace_as_missing() {
		var candidate = CandidateBuilder.to(lum).text(ApplicationSection.problem, " \n\t ").build();

		assertThat(policy.check(candidate)).extracting(violation -> violation.field())
			.containsExactly("problem");
	}

	@Test
	void gives_one_finding_per_missing_section_in_the_forms_order() {
		var candidate = CandidateBuilder.to(lum)
			.without(ApplicationSection.genderAnalysis)
			.without(ApplicationSection.targetGroup)
			.text(ApplicationSection.method, "")
			.build();

		assertThat(policy.check(candidate)).extracting(violation -> violation.field())
			.containsExactly("targetGroup", "method", "genderAnalysis");
	}

	@Test
	void ignores_empty_sections_the_call_does_not_require() {
		var candidate = CandidateBuilder.to(lum)
			.without(ApplicationSection.researchLink)
			.without(ApplicationSection.purpose)
			.build();

		assertThat(policy.check(candidate)).isEmpty();
	}

	@Test
	void requires_the_purpose_of_a_study_visit_with_its_swedish_label() {
		var candidate = CandidateBuilder.studyVisitTo(CallBuilder.mul2024().build())
			.without(ApplicationSection.purpose)
			.build();

		assertThat(policy.check(candidate)).singleElement()
			.satisfies(violation -> assertThat(swedish(violation)).startsWith("Syfte med studiebesöket"));
	}
}
