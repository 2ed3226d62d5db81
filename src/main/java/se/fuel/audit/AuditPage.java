package se.fuel.audit;

import java.util.List;

/**
 * A page of an object's history as a page shows it: newest first, values cut short, with what the pagination and the
 * links to whole entries need.
 *
 * @param page the page shown, from 1
 * @param pages how many pages the history has (at least 1)
 * @param total how many entries the history has
 * @param story the same entries told in words, for readers who get them so (applicants); {@code null} for the others
 */
public record AuditPage(String objectType, String objectId, List<AuditEvent> entries, int page, int pages,
		long total, List<PlainEntry> story) {

	/** The history of an object that has none yet (an application not yet assessed). */
	public static AuditPage none(String objectType) {
		return new AuditPage(objectType, "", List.of(), 1, 1, 0, null);
	}

	/** Whether the page tells its entries in words rather than as before and after. */
	public boolean plain() {
		return story != null;
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
