package se.fuel.audit;

import java.time.Instant;

import se.fuel.common.SwedishFormat;

/**
 * One entry in an object's history, with the object's state before and after as JSON.
 *
 * @param id the entry's number, for the link to the whole entry
 * @param truncated whether before or after was cut to {@link AuditTrail#SHOWN_CHARACTERS} for a page
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String before, String after,
		boolean truncated) {

	public String when() {
		return SwedishFormat.dateTime(occurredAt);
	}
}
