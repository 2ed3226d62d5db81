package se.fuel.organisations.web;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.organisations.OrganisationManagement;

/** An organisation's history is on its detail page, for officers. */
@Component
class OrganisationHistory extends AuditedObjects {

	OrganisationHistory(OrganisationManagement management) {
		super("Organisation", management::requireDetailsReadable);
	}
}
