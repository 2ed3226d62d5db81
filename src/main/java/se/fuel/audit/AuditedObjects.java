package se.fuel.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.Text;

/**
 * What a module tells the audit trail about the objects whose history its pages show, so that further pages of a
 * history and whole entries are shown only to those who may see that history on the object's own page. An object type
 * no module answers for has no history outside its page.
 *
 * <p>A module declares a component that extends this with, per audit type, the check its page makes: given the
 * object's id, throw the page's own refusal ({@link NotFoundException}, {@link AccessDeniedException} or the
 * module's) when the current user may not read it. An id that is not a UUID is not found for any type.
 */
public abstract class AuditedObjects {

	private final Map<String, Consumer<UUID>> readableChecks;

	protected AuditedObjects(String objectType, Consumer<UUID> requireReadable) {
		this(Map.of(objectType, requireReadable));
	}

	protected AuditedObjects(Map<String, Consumer<UUID>> readableChecks) {
		this.readableChecks = Map.copyOf(readableChecks);
	}

	/** The audit object types this module answers for. */
	public final Set<String> objectTypes() {
		return readableChecks.keySet();
	}

	/** Checks, as the object's page does, that the current user may read the object's history. */
	public final void requireReadable(String objectType, String objectId) {
		Consumer<UUID> check = readableChecks.get(objectType);
		if (check == null) {
			throw new NotFoundException("audit history of " + objectType);
		}
		check.accept(uuid(objectId));
	}

	/** The refusal of the pages whose history only officers and administrators read. */
	protected static void requireOfficer(boolean officer) {
		if (!officer) {
			throw new AccessDeniedException(Text.of("common.access.historyOfficersOnly"));
		}
	}

	private static UUID uuid(String objectId) {
		try {
			return UUID.fromString(objectId);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("audit history of " + objectId);
		}
	}
}
