package se.fuel.assistance.comparison;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A regression on k variables needs at least k + 2 districts with every figure of the year: fewer leave no degrees of
 * freedom to tell a district that differs from one the model merely fits.
 */
public final class EnoughDistricts implements Rule<EnoughDistricts.Candidate> {

	public static final String RULE = "enough-districts";

	/** The year compared, the districts with every figure that year and the variables chosen. */
	public record Candidate(int year, int districts, int variables) {
	}

	/** The fewest districts a comparison on {@code variables} variables can be made with. */
	public static int needed(int variables) {
		return variables + 2;
	}

	@Override
	public List<Violation> check(Candidate candidate) {
		return candidate.districts() >= needed(candidate.variables()) ? List.of()
				: List.of(Violation.of("year", RULE, "assistance.comparison.enoughDistricts",
						Integer.toString(candidate.year()), candidate.districts(), needed(candidate.variables()),
						candidate.variables()));
	}
}
