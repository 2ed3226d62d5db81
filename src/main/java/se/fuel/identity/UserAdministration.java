package se.fuel.identity;

import java.util.List;
import java.util.UUID;

import se.fuel.audit.AuditPage;
import se.fuel.common.Violation;
import se.fuel.organisations.OrganisationSummary;

/**
 * Administrators open, change and lock local accounts and reset their passwords. Passwords are stored only as hashes
 * and never reach the audit trail. Every method refuses anyone but an administrator.
 */
public interface UserAdministration {

	/** Every account, sorted by name in Swedish order. */
	List<UserView> list();

	UserView get(UUID id);

	/** The account's history of changes. */
	AuditPage events(UUID id);

	/** The organisations a user can belong to: those that exist today. */
	List<OrganisationSummary> organisationChoices();

	UserView create(NewUser user);

	/** @param earlier violations already found while reading the input, reported together with these rules' own */
	UserView create(NewUser user, List<Violation> earlier);

	/**
	 * @param earlier violations already found while reading the input, reported together with these rules' own
	 * @param openedVersion the version the form or the API client read; a save on an older one is refused rather than
	 * overwriting someone else's ({@code null}: no check)
	 */
	UserView update(UUID id, UserChange change, List<Violation> earlier, Long openedVersion);

	void resetPassword(UUID id, String password);
}
