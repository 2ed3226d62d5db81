package se.fuel.audit;

import java.util.List;

/**
 * A page of the log across objects, newest first.
 *
 * @param query the filter the page was made with (its {@code before} is where the page starts)
 * @param next the entry the next page starts after, or {@code null} on the last page
 */
public record AuditLogPage(AuditQuery query, List<AuditLogEntry> entries, Long next) {

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	public boolean hasNext() {
		return next != null;
	}

	/** Whether this page starts later than the newest entry the filter finds. */
	public boolean hasFirst() {
		return query.before() != null;
	}
}
