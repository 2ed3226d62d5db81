package se.fuel.assistance.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fuel.TestTexts;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.DistrictComparisonQuery;

class VariablesChosenTest {

	private final VariablesChosen rule = new VariablesChosen();

	@Test
	void a_comparison_with_one_variable_holds() {
		assertThat(rule.check(query(List.of(AssistanceMeasure.UNEMPLOYMENT_RATE)))).isEmpty();
	}

	@Test
	void a_comparison_without_variables_is_told_to_choose_one() {
		assertThat(rule.check(query(List.of()))).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("variables");
			assertThat(v.rule()).isEqualTo(VariablesChosen.RULE);
			assertThat(TestTexts.swedish(v))
				.isEqualTo("Strukturvariabler: välj minst en variabel att förklara skillnaderna med.");
			assertThat(TestTexts.english(v)).startsWith("Structural variables: choose at least one variable");
		});
	}

	static DistrictComparisonQuery query(List<AssistanceMeasure> variables) {
		return new DistrictComparisonQuery(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003, variables,
				true);
	}
}
