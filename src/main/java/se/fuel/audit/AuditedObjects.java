package se.fuel.audit;

import java.util.Set;
import java.util.UUID;

import se.fuel.common.NotFoundException;

/**
 * What a module tells the audit trail about the objects whose history its pages show, so that further pages of a
 * history and whole entries are shown only to those who may see that history on the object's own page. An object type
 * no module answers for has no history outside its page.
 */
public interface AuditedObjects {

	/** The audit object types this module answers for. */
	Set<String> objectTypes();

	/**
	 * Checks, as the object's page does, that the current user may read the object's history; throws the page's own
	 * refusal ({@link se.fuel.common.NotFoundException}, {@link se.fuel.common.AccessDeniedException} or the
	 * module's) when not.
	 */
	void requireReadable(String objectType, String objectId);

	/** The object id of a link as the UUID most objects have; anything else is not found. */
	static UUID uuid(String objectId) {
		try {
			return UUID.fromString(objectId);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("audit history of " + objectId);
		}
	}
}
