package se.fuel.assistance.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.TestTexts;

class EnoughDistrictsTest {

	private final EnoughDistricts rule = new EnoughDistricts();

	@Test
	void two_variables_can_be_fitted_on_four_districts() {
		assertThat(rule.check(new EnoughDistricts.Candidate(2003, 4, 2))).isEmpty();
	}

	@Test
	void three_districts_are_too_few_for_two_variables_and_the_year_is_named() {
		assertThat(rule.check(new EnoughDistricts.Candidate(2003, 3, 2))).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("year");
			assertThat(v.rule()).isEqualTo(EnoughDistricts.RULE);
			assertThat(TestTexts.swedish(v))
				.isEqualTo("År: för 2003 finns siffror för 3 stadsdelar; det behövs minst 4 för 2 variabler.");
			assertThat(TestTexts.english(v))
				.isEqualTo("Year: for 2003 there are figures for 3 districts; at least 4 are needed for 2 variables.");
		});
	}
}
