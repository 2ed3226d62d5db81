package se.fuel.events.web;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.events.CompetenceEvents;
import se.fuel.identity.Identity;

/** An event's history is shown to officers on the event's page. */
@Component
class EventHistory extends AuditedObjects {

	EventHistory(CompetenceEvents events, Identity identity) {
		super(CompetenceEvents.AUDIT_TYPE, id -> {
			events.event(id);
			requireOfficer(identity.current().isOfficer());
		});
	}
}
