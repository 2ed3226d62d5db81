package se.fuel.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fuel.audit.AuditedObjects;
import se.fuel.common.NotFoundException;

/**
 * Which module answers for the history of each object type, as the modules declare it ({@link AuditedObjects}). Each
 * controller makes its own from the modules it is given, so that a web slice test needs no more than the controllers.
 */
final class HistoryOwners {

	private final Map<String, AuditedObjects> owners = new HashMap<>();

	HistoryOwners(List<AuditedObjects> modules) {
		for (AuditedObjects module : modules) {
			for (String type : module.objectTypes()) {
				if (owners.put(type, module) != null) {
					throw new IllegalStateException("Two modules answer for the history of " + type);
				}
			}
		}
	}

	/** The types whose history has a page of its own. */
	Set<String> types() {
		return owners.keySet();
	}

	/** Asks the owning module whether the reader may see the object's history; a type no one owns is not found. */
	void requireReadable(String type, String objectId) {
		AuditedObjects owner = owners.get(type);
		if (owner == null) {
			throw new NotFoundException("audit history of " + type);
		}
		owner.requireReadable(type, objectId);
	}
}
