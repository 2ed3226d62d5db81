package se.fuel.audit;

import java.time.Instant;

import se.fuel.common.SwedishFormat;

/**
 * One change in the log across objects: when, who, what and to which object. The object's state before and after stays
 * in the object's own history, behind the object's own access check.
 */
public record AuditLogEntry(long id, Instant occurredAt, String actor, String action, String objectType,
		String objectId) {

	public String when() {
		return SwedishFormat.dateTime(occurredAt);
	}
}
