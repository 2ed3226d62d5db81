package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;

class WordLimitsTest {

	private final WordLimits policy = new WordLimits();

	private final CallView call = CallBuilder.lum2024().wordLimit(ApplicationSection.problem, 5).build();

	@Test
	void accepts_a_section_exactly_at_its_word_limit() {
		var candidate = CandidateBuilder.to(call).text(ApplicationSection.problem, "ett två tre fyra fem").build();

		assertThat(policy.check(candidate)).isEmpty();
	}

	@Test
	void refuses_a_section_one_word_over_its_limit_and_states_count_and_limit() {
		var candidate = CandidateBuilder.to(call).text(ApplicationSection.problem, "ett två tre fyra fem sex").build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("problem");
			assertThat(violation.rule()).isEqualTo("word-limit");
			assertThat(swedish(violation))
				.isEqualTo("Problemformulering har 6 ord men utlysningen tillåter högst 5 ord i avsnittet.");
		});
	}

	@Test
	void does_not_count_line_breaks_and_repeated_spaces_as_words() {
		var candidate = CandidateBuilder.to(call)
			.text(ApplicationSection.problem, "  ett\n\ntvå   tre\tfyra\u00A0fem  \n")
			.build();

		assertThat(policy.check(candidate)).isEmpty();
	}

	@Test
	void leaves_sections_without_a_limit_unlimited() {
		var candidate = CandidateBuilder.to(call).text(ApplicationSection.goals, "ord ".repeat(10_000)).build();

		assertThat(policy.check(candidate)).isEmpty();
	}

	@Test
	void checks_every_limited_section() {
		CallView limited = CallBuilder.lum2024()
			.wordLimit(ApplicationSection.problem, 2)
			.wordLimit(ApplicationSection.genderAnalysis, 2)
			.build();
		var candidate = CandidateBuilder.to(limited)
			.text(ApplicationSection.problem, "ett två tre")
			.text(ApplicationSection.genderAnalysis, "ett två tre fyra")
			.build();

		assertThat(policy.check(candidate)).extracting(violation -> violation.field())
			.containsExactly("problem", "genderAnalysis");
	}
}
