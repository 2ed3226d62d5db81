package se.fuel.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.fuel.common.Text;

/**
 * One notification as its owner reads it. The text is kept as a message key and its arguments, so that each reader
 * sees it in their own language.
 *
 * @param link where the notification leads, from the application's root ("/applications/{id}")
 * @param readAt when the owner marked it read; null while unread
 */
public record NotificationView(UUID id, NotificationKind kind, String messageKey, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	/** The sentence, for the reader's language to resolve. */
	public Text text() {
		return Text.of(messageKey, arguments.toArray());
	}

	public boolean unread() {
		return readAt == null;
	}
}
