package se.fuel.decisions.domain;

import java.util.Optional;

import se.fuel.common.Violation;
import se.fuel.decisions.OrganisationCount;

/**
 * An organisation may get at most the cap group's number of grants a year across the calls sharing the group (in
 * 2019: "högst tre ansökningar för både lokala utvecklingsprojekt och studieresor").
 */
public final class GrantsPerOrganisationCap {

	private GrantsPerOrganisationCap() {
	}

	public static Optional<Violation> check(OrganisationCount count) {
		if (!count.overCap()) {
			return Optional.empty();
		}
		return Optional.of(new Violation("organisation-" + count.organisationId(), "grants-per-organisation",
				count.organisationName() + " får " + count.grants() + " beviljade ansökningar, men högst "
						+ count.limit() + " per förvaltning och år är tillåtet (" + count.capGroup() + ")."));
	}
}
