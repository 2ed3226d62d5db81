package se.fuel.decisions;

import java.util.UUID;

import se.fuel.common.Text;

/**
 * How many grants one organisation would get in a cap group (calls of the year sharing "högst N beviljade per
 * förvaltning").
 *
 * @param capGroup the calls sharing the cap, named by their programmes and year ("LUM och MUL 2027" in Swedish)
 * @param limit the cap group's limit, null when the calls set none
 */
public record OrganisationCount(UUID organisationId, String organisationName, Text capGroup, int grants,
		Integer limit) {

	public boolean overCap() {
		return limit != null && grants > limit;
	}
}
