package se.fuel.organisations.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.organisations.OrganisationManagement;

/** An organisation's history is on its detail page, for officers. */
@Component
class OrganisationHistory implements AuditedObjects {

	private final OrganisationManagement management;

	OrganisationHistory(OrganisationManagement management) {
		this.management = management;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("Organisation");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		management.requireDetailsReadable(AuditedObjects.uuid(objectId));
	}
}
