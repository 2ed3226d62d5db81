package se.fuel.knowledge.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.identity.Identity;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.MethodCatalogue;

/** An item's and a method's history are shown to officers and administrators on their pages. */
@Component
class KnowledgeHistory extends AuditedObjects {

	KnowledgeHistory(KnowledgeBank bank, MethodCatalogue catalogue, Identity identity) {
		super(Map.of("KnowledgeItem", id -> {
			bank.item(id);
			requireOfficer(identity.current().isOfficer());
		}, "KnowledgeMethod", id -> {
			catalogue.method(id);
			requireOfficer(identity.current().isOfficer());
		}));
	}
}
