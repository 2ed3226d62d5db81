package se.fuel.assistance.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fuel.TestTexts;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.DistrictComparisonQuery;

class MeasureOfAssistanceTest {

	private final MeasureOfAssistance rule = new MeasureOfAssistance();

	@Test
	void adult_recipients_can_be_compared() {
		assertThat(rule.check(query(AssistanceMeasure.ADULT_RECIPIENTS))).isEmpty();
	}

	@Test
	void a_structural_variable_is_not_what_a_comparison_explains() {
		assertThat(rule.check(query(AssistanceMeasure.UNEMPLOYMENT_RATE))).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("measure");
			assertThat(v.rule()).isEqualTo(MeasureOfAssistance.RULE);
			assertThat(TestTexts.swedish(v))
				.isEqualTo("Mått: välj ett mått på ekonomiskt bistånd, inte en strukturvariabel.");
		});
	}

	private static DistrictComparisonQuery query(AssistanceMeasure measure) {
		return new DistrictComparisonQuery(measure, BarrierCategory.ALL, 2003,
				List.of(AssistanceMeasure.FOREIGN_BORN_SHARE), true);
	}
}
