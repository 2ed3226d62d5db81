package se.fuel.grants.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.common.NotFoundException;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.Grants;

/**
 * A grant's and its report's history (both go by the grant's id) are for whoever may open the grant's or the report's
 * page.
 */
@Component
class GrantHistory implements AuditedObjects {

	private final Grants grants;

	private final GrantReporting reporting;

	GrantHistory(Grants grants, GrantReporting reporting) {
		this.grants = grants;
		this.reporting = reporting;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("Grant", "GrantReport");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		if (objectType.equals("Grant")) {
			grants.find(AuditedObjects.uuid(objectId))
				.orElseThrow(() -> new NotFoundException("Beviljade medel finns inte."));
		}
		else {
			reporting.report(AuditedObjects.uuid(objectId));
		}
	}
}
