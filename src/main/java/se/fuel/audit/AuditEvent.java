package se.fuel.audit;

import java.time.Instant;

import se.fuel.common.SwedishFormat;

/**
 * One entry in an object's history, with the object's state before and after as JSON.
 */
public record AuditEvent(Instant occurredAt, String actor, String action, String before, String after) {

	public String when() {
		return SwedishFormat.dateTime(occurredAt);
	}
}
