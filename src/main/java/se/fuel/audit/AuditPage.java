package se.fuel.audit;

import java.util.List;

/**
 * A page of an object's history as a page shows it: newest first, values cut short, with what the pagination and the
 * links to whole entries need.
 *
 * @param page the page shown, from 1
 * @param pages how many pages the history has (at least 1)
 * @param total how many entries the history has
 */
public record AuditPage(String objectType, String objectId, List<AuditEvent> entries, int page, int pages,
		long total) {

	/** The history of an object that has none yet (an application not yet assessed). */
	public static AuditPage none(String objectType) {
		return new AuditPage(objectType, "", List.of(), 1, 1, 0);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}
}
