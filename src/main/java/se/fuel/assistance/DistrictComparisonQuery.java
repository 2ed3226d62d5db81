package se.fuel.assistance;

import java.util.List;

/**
 * A district comparison: one measure (and barrier category) per district in a year, explained by the structural
 * variables the officer picks.
 *
 * @param perThousand compare the measure per 1 000 inhabitants rather than as a count, so large and small districts
 *        compare
 */
public record DistrictComparisonQuery(AssistanceMeasure measure, BarrierCategory category, int year,
		List<AssistanceMeasure> variables, boolean perThousand) {

	public DistrictComparisonQuery {
		measure = measure == null ? AssistanceMeasure.ADULT_RECIPIENTS : measure;
		category = category == null ? BarrierCategory.ALL : category;
		variables = variables == null ? List.of() : List.copyOf(variables);
	}
}
