package se.fuel.grants.web;

import java.util.Map;

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
class GrantHistory extends AuditedObjects {

	GrantHistory(Grants grants, GrantReporting reporting) {
		super(Map.of("Grant",
				id -> grants.find(id).orElseThrow(() -> new NotFoundException("Beviljade medel finns inte.")),
				"GrantReport", reporting::report));
	}
}
