package se.fuel.statistics.funds;

import java.util.UUID;

import se.fuel.identity.Role;

/**
 * Who sees which applications in the fund statistics: an applicant (a district administration) sees the applications,
 * rejections and amounts applied for of its own organisation only, since another administration's rejected
 * application is not its business; every other reader of the statistics sees all of them. Grants are public either
 * way and are not governed by this rule.
 */
final class ApplicantsSeeOwnApplicationsOnly {

	private final UUID ownOrganisation;

	private ApplicantsSeeOwnApplicationsOnly(UUID ownOrganisation) {
		this.ownOrganisation = ownOrganisation;
	}

	public static ApplicantsSeeOwnApplicationsOnly forReader(Role role, UUID organisationId) {
		return new ApplicantsSeeOwnApplicationsOnly(role == Role.APPLICANT ? organisationId : null);
	}

	/** Whether the reader sees only some organisations' applications, so others' rows are hidden, not left out. */
	public boolean restricts() {
		return ownOrganisation != null;
	}

	/** Whether the reader may see the applications of the organisation that applied. */
	public boolean sees(UUID applyingOrganisation) {
		return ownOrganisation == null || ownOrganisation.equals(applyingOrganisation);
	}
}
