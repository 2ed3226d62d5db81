package se.fuel.assistance.comparison;

import java.util.List;

import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * What a comparison explains is a measure of economic assistance, never a structural variable: those are what it
 * explains with.
 */
public final class MeasureOfAssistance implements Rule<DistrictComparisonQuery> {

	public static final String RULE = "assistance-measure";

	@Override
	public List<Violation> check(DistrictComparisonQuery query) {
		return query.measure().structural()
				? List.of(Violation.of("measure", RULE, "assistance.comparison.assistanceMeasure"))
				: List.of();
	}
}
