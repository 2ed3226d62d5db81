package se.fuel.knowledge.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.identity.Identity;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.MethodCatalogue;

/** An item's and a method's history are shown to officers and administrators on their pages. */
@Component
class KnowledgeHistory implements AuditedObjects {

	private final KnowledgeBank bank;

	private final MethodCatalogue catalogue;

	private final Identity identity;

	KnowledgeHistory(KnowledgeBank bank, MethodCatalogue catalogue, Identity identity) {
		this.bank = bank;
		this.catalogue = catalogue;
		this.identity = identity;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("KnowledgeItem", "KnowledgeMethod");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		if (objectType.equals("KnowledgeItem")) {
			bank.item(AuditedObjects.uuid(objectId));
		}
		else {
			catalogue.method(AuditedObjects.uuid(objectId));
		}
		if (!identity.current().isOfficer()) {
			throw new AccessDeniedException(Text.of("common.access.historyOfficersOnly"));
		}
	}
}
