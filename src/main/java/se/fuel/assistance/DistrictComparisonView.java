package se.fuel.assistance;

import java.util.List;

/**
 * The result of a district comparison by ordinary least squares: how well the variables explain the measure (R²),
 * what each adds, and per district the actual against the expected value, with the districts far from expected
 * flagged.
 *
 * @param flagThreshold how many standard deviations of the residuals make a district flagged
 * @param missing districts left out for lack of figures
 */
public record DistrictComparisonView(DistrictComparisonQuery query, int districts, double rSquared,
		double adjustedRSquared, List<Coefficient> coefficients, List<District> rows, double flagThreshold,
		List<String> missing) {

	/** What one more unit of a variable adds to the expected value; {@code variable} null is the intercept. */
	public record Coefficient(AssistanceMeasure variable, double estimate) {
	}

	/**
	 * @param standardisedResidual the residual in standard deviations of the residuals
	 * @param flag 1 far above expected, −1 far below, 0 near
	 */
	public record District(String name, double actual, double expected, double residual, double standardisedResidual,
			int flag, List<Double> variables) {
	}
}
