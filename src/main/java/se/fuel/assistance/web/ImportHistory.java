package se.fuel.assistance.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.assistance.AssistanceSeries;

/** An import's history is for those who may see the import's page: officers and administrators. */
@Component
class ImportHistory implements AuditedObjects {

	private final AssistanceSeries series;

	ImportHistory(AssistanceSeries series) {
		this.series = series;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(AssistanceSeries.IMPORT_AUDIT_TYPE);
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		series.importStatus(AuditedObjects.uuid(objectId));
	}
}
