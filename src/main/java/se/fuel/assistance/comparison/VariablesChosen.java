package se.fuel.assistance.comparison;

import java.util.List;

import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A comparison explains the districts' differences by at least one structural variable: with none there is no model. */
public final class VariablesChosen implements Rule<DistrictComparisonQuery> {

	public static final String RULE = "variables-required";

	@Override
	public List<Violation> check(DistrictComparisonQuery query) {
		return query.variables().isEmpty()
				? List.of(Violation.of("variables", RULE, "assistance.comparison.variablesRequired"))
				: List.of();
	}
}
