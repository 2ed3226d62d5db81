package se.fuel.decisions;

import java.util.UUID;

/**
 * How many grants one organisation would get in a cap group (calls of the year sharing "högst N beviljade per
 * förvaltning").
 *
 * @param limit the cap group's limit, null when the calls set none
 */
public record OrganisationCount(UUID organisationId, String organisationName, String capGroup, int grants,
		Integer limit) {

	public boolean overCap() {
		return limit != null && grants > limit;
	}
}
