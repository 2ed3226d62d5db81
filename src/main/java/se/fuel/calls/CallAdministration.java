package se.fuel.calls;

import java.util.List;
import java.util.UUID;

import se.fuel.audit.AuditPage;
import se.fuel.common.Violation;

/**
 * The call pages' and the API's way in: the calls the signed-in user may see, and their creation, change and
 * publishing by fund officers. Every method checks the signed-in user itself; other modules read through
 * {@link Calls}.
 */
public interface CallAdministration {

	/** The calls the signed-in user may see: published ones for everyone, drafts too for officers. */
	List<CallView> visible();

	/** One call, or 404 when it does not exist or is an unpublished draft and the user is no officer. */
	CallView visible(UUID id);

	/** {@link #visible(UUID)} with the version read, which a save hands back to be refused if it is not current. */
	VersionedCall visibleVersioned(UUID id);

	/** The call's history, for officers. */
	AuditPage history(UUID id);

	/** Refuses (403) anyone but fund officers, before they are shown a call form. */
	void requireOfficer();

	/** Rule violations of the input, without saving; for forms that also report their own parse errors. */
	List<Violation> check(CallInput input);

	CallView create(CallInput input);

	/**
	 * Changes a call.
	 * @param openedVersion the version the officer's copy was read at; another stored one refuses the save
	 *     ({@code null}: no check)
	 */
	VersionedCall update(UUID id, CallInput input, Long openedVersion);

	CallView publish(UUID id, boolean published);
}
