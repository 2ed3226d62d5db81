package se.fuel.applications.web;

import org.springframework.stereotype.Component;
import se.fuel.applications.Applications;
import se.fuel.audit.AuditedObjects;

/** An application's history is for whoever may see the application: its organisation's applicants and officers. */
@Component
class ApplicationHistory extends AuditedObjects {

	ApplicationHistory(Applications applications) {
		super("Application", applications::history);
	}
}
