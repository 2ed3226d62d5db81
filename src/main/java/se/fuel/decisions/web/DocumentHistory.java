package se.fuel.decisions.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.identity.Identity;

/** A decision document's history is shown to officers on the document's page. */
@Component
class DocumentHistory implements AuditedObjects {

	private final DecisionDocuments documents;

	private final Identity identity;

	DocumentHistory(DecisionDocuments documents, Identity identity) {
		this.documents = documents;
		this.identity = identity;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(DocumentController.AUDIT_TYPE);
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		documents.document(AuditedObjects.uuid(objectId));
		if (!identity.current().isOfficer()) {
			throw new AccessDeniedException(Text.of("common.access.historyOfficersOnly"));
		}
	}
}
