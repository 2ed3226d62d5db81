package se.fuel.assistance.web;

import org.springframework.stereotype.Component;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.audit.AuditedObjects;

/** An import's history is for those who may see the import's page: officers and administrators. */
@Component
class ImportHistory extends AuditedObjects {

	ImportHistory(AssistanceSeries series) {
		super(AssistanceSeries.IMPORT_AUDIT_TYPE, series::importStatus);
	}
}
