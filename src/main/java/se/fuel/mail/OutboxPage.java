package se.fuel.mail;

import java.util.List;

/**
 * One page of the outbox, newest first, of one kind of mail or of all.
 *
 * @param kind the kind shown, or null for every kind
 * @param page the page shown, counted from 1
 * @param pages how many pages there are, at least 1
 * @param total how many mails there are of the kind
 */
public record OutboxPage(List<OutboxEntry> mails, MailKind kind, int page, int pages, long total) {

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}
}
