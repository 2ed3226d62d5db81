package se.fuel.events.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.events.CompetenceEvents;
import se.fuel.identity.Identity;

/** An event's history is shown to officers on the event's page. */
@Component
class EventHistory implements AuditedObjects {

	private final CompetenceEvents events;

	private final Identity identity;

	EventHistory(CompetenceEvents events, Identity identity) {
		this.events = events;
		this.identity = identity;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(CompetenceEvents.AUDIT_TYPE);
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		events.event(AuditedObjects.uuid(objectId));
		if (!identity.current().isOfficer()) {
			throw new AccessDeniedException(Text.of("common.access.historyOfficersOnly"));
		}
	}
}
