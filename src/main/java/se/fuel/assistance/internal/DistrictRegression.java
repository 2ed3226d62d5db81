package se.fuel.assistance.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.DistrictComparisonView.Coefficient;
import se.fuel.assistance.DistrictComparisonView.District;

/**
 * Ordinary least squares of a measure per district on structural variables ("regressionsanalyser för att analysera
 * och försöka förklara större skillnader mellan stadsdelar med likartade förutsättningar", the annual report): the expected
 * value of each district is what the variables predict; a district whose residual is more than
 * {@link #FLAG_THRESHOLD} standard deviations from zero is flagged as differing from districts like it.
 */
final class DistrictRegression {

	public static final double FLAG_THRESHOLD = 1.5;

	/** One district's actual value and its variables, in the order of the variables. */
	public record Observation(String name, double actual, double[] variables) {
	}

	public record Result(double rSquared, double adjustedRSquared, List<Coefficient> coefficients, List<District> rows) {
	}

	private DistrictRegression() {
	}

	/** @throws IllegalArgumentException when there are not at least two districts more than variables */
	public static Result fit(List<Observation> observations, List<AssistanceMeasure> variables) {
		int n = observations.size();
		int k = variables.size();
		if (k == 0 || n < k + 2) {
			throw new IllegalArgumentException("needs at least " + (k + 2) + " districts, has " + n);
		}
		double[] y = new double[n];
		double[][] x = new double[n][];
		for (int i = 0; i < n; i++) {
			y[i] = observations.get(i).actual();
			x[i] = observations.get(i).variables();
		}
		var ols = new OLSMultipleLinearRegression();
		ols.newSampleData(y, x);
		double[] beta = ols.estimateRegressionParameters();
		double[] residuals = ols.estimateResiduals();
		double sigma = Math.sqrt(ols.estimateErrorVariance());
		List<Coefficient> coefficients = new ArrayList<>();
		coefficients.add(new Coefficient(null, beta[0]));
		for (int j = 0; j < k; j++) {
			coefficients.add(new Coefficient(variables.get(j), beta[j + 1]));
		}
		List<District> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double z = sigma == 0 ? 0 : residuals[i] / sigma;
			List<Double> vars = new ArrayList<>();
			for (double v : x[i]) {
				vars.add(v);
			}
			rows.add(new District(observations.get(i).name(), y[i], y[i] - residuals[i], residuals[i], z,
					z >= FLAG_THRESHOLD ? 1 : z <= -FLAG_THRESHOLD ? -1 : 0, vars));
		}
		double r2 = sigma == 0 ? 1 : ols.calculateRSquared();
		double adjusted = sigma == 0 ? 1 : ols.calculateAdjustedRSquared();
		return new Result(r2, adjusted, coefficients, rows);
	}
}
