package se.fuel.applications.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.applications.Applications;
import se.fuel.audit.AuditedObjects;

/** An application's history is for whoever may see the application: its organisation's applicants and officers. */
@Component
class ApplicationHistory implements AuditedObjects {

	private final Applications applications;

	ApplicationHistory(Applications applications) {
		this.applications = applications;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("Application");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		applications.history(AuditedObjects.uuid(objectId));
	}
}
