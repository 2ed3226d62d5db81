package se.fuel.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.DistrictComparisonView.District;

/** Ordinary least squares of districts against examples worked by hand. */
class DistrictRegressionTests {

	private static DistrictRegression.Observation d(String name, double y, double x) {
		return new DistrictRegression.Observation(name, y, new double[] { x });
	}

	@Test
	void districts_on_a_straight_line_are_all_as_expected_with_an_r_squared_of_one() {
		// y = 1 + 2x exactly
		var result = DistrictRegression.fit(List.of(d("A", 3, 1), d("B", 5, 2), d("C", 7, 3), d("D", 9, 4)),
				List.of(AssistanceMeasure.UNEMPLOYMENT_RATE));
		assertThat(result.rSquared()).isCloseTo(1, within(1e-9));
		assertThat(result.coefficients().get(0).estimate()).isCloseTo(1, within(1e-9));
		assertThat(result.coefficients().get(1).estimate()).isCloseTo(2, within(1e-9));
		assertThat(result.rows()).allSatisfy(r -> assertThat(r.flag()).isZero());
	}

	@Test
	void the_expected_value_residual_and_r_squared_match_a_hand_worked_fit() {
		// x = 1, 2, 3, 4; y = 2, 4, 5, 8. Mean x 2.5, mean y 4.75; Sxy = 9.5, Sxx = 5: slope 1.9, intercept 0.
		// Expected 1.9, 3.8, 5.7, 7.6; residuals 0.1, 0.2, -0.7, 0.4; SSR 0.7, SST 18.75: R² = 1 - 0.7/18.75.
		var result = DistrictRegression.fit(List.of(d("A", 2, 1), d("B", 4, 2), d("C", 5, 3), d("D", 8, 4)),
				List.of(AssistanceMeasure.UNEMPLOYMENT_RATE));
		assertThat(result.coefficients().get(1).estimate()).isCloseTo(1.9, within(1e-9));
		assertThat(result.coefficients().get(0).estimate()).isCloseTo(0, within(1e-9));
		District c = result.rows().get(2);
		assertThat(c.expected()).isCloseTo(5.7, within(1e-9));
		assertThat(c.residual()).isCloseTo(-0.7, within(1e-9));
		// sigma = sqrt(0.7 / (4 - 2)) = 0.5916; -0.7 / 0.5916 = -1.183: not flagged
		assertThat(c.standardisedResidual()).isCloseTo(-1.183, within(0.001));
		assertThat(c.flag()).isZero();
		assertThat(result.rSquared()).isCloseTo(1 - 0.7 / 18.75, within(1e-9));
	}

	@Test
	void a_district_far_above_what_its_variables_predict_is_flagged() {
		var result = DistrictRegression.fit(List.of(d("A", 10, 1), d("B", 20, 2), d("C", 30, 3), d("D", 40, 4),
				d("E", 50, 5), d("F", 60, 6), d("G", 70, 7), d("H", 110, 8)), List.of(AssistanceMeasure.UNEMPLOYMENT_RATE));
		assertThat(result.rows()).filteredOn(r -> r.flag() != 0).extracting(District::name).containsExactly("H");
		assertThat(result.rows().get(7).flag()).isEqualTo(1);
	}

	@Test
	void refuses_fewer_districts_than_variables_plus_two() {
		assertThatThrownBy(() -> DistrictRegression.fit(List.of(d("A", 1, 1), d("B", 2, 2)),
				List.of(AssistanceMeasure.UNEMPLOYMENT_RATE))).isInstanceOf(IllegalArgumentException.class);
	}
}
