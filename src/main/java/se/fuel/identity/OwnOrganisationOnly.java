package se.fuel.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * Whose records a reader may see: a district administration sees its own organisation's applications, grants,
 * outcomes and reports only, since another administration's application or grant is not its business, while the
 * fund's own staff see every organisation's. Every list and page that shows an organisation's records asks this one
 * policy, so the rule is written once.
 *
 * <p>Two readings exist because the fund publishes more than it files: its statistics restrict only applicants
 * ({@link #forApplicants}), while its case records restrict everyone but the officers ({@link #exceptOfficers}).
 */
public final class OwnOrganisationOnly implements Rule<UUID> {

	public static final String RULE = "own-organisation-only";

	private final UUID ownOrganisation;

	private OwnOrganisationOnly(UUID ownOrganisation) {
		this.ownOrganisation = ownOrganisation;
	}

	/** Case records: officers and administrators see every organisation's, everyone else their own only. */
	public static OwnOrganisationOnly exceptOfficers(CurrentUser reader) {
		return new OwnOrganisationOnly(reader.isOfficer() ? null : reader.organisationId());
	}

	/** Published figures: applicants see their own organisation's only, every other reader sees all. */
	public static OwnOrganisationOnly forApplicants(CurrentUser reader) {
		return forApplicants(reader.role(), reader.organisationId());
	}

	public static OwnOrganisationOnly forApplicants(Role role, UUID organisationId) {
		return new OwnOrganisationOnly(role == Role.APPLICANT ? organisationId : null);
	}

	/** Whether the reader sees only some organisations' records, so others' must be hidden. */
	public boolean restricts() {
		return ownOrganisation != null;
	}

	/** The one organisation the reader is restricted to, or null when they see all. */
	public UUID organisation() {
		return ownOrganisation;
	}

	/** Whether the reader may see a record of {@code owner}. */
	public boolean sees(UUID owner) {
		return ownOrganisation == null || ownOrganisation.equals(owner);
	}

	/** Whether the reader may see a record any of {@code owners} take part in (a lead and its partners). */
	public boolean seesAny(Collection<UUID> owners) {
		return ownOrganisation == null || owners.contains(ownOrganisation);
	}

	@Override
	public List<Violation> check(UUID owner) {
		return sees(owner) ? List.of() : List.of(Violation.of("organisation", RULE, "identity.ownOrganisationOnly"));
	}
}
