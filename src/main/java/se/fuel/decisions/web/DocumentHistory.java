package se.fuel.decisions.web;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.identity.Identity;

/** A decision document's history is shown to officers on the document's page. */
@Component
class DocumentHistory extends AuditedObjects {

	DocumentHistory(DecisionDocuments documents, Identity identity) {
		super(DocumentController.AUDIT_TYPE, id -> {
			documents.document(id);
			requireOfficer(identity.current().isOfficer());
		});
	}
}
