package se.fuel.notifications.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.mail.MailChoices;

/**
 * Stores a notice for each of its recipients who has not turned its kind off in E-postval: the choice is one per kind,
 * for the mail and the notification alike, so that "I do not want to hear about this" holds in both places.
 */
@Component
class NotificationInbox {

	private final NotificationRepository notifications;

	private final MailChoices choices;

	private final Clock clock;

	NotificationInbox(NotificationRepository notifications, MailChoices choices, Clock clock) {
		this.notifications = notifications;
		this.choices = choices;
		this.clock = clock;
	}

	@Transactional
	void deliver(Collection<UUID> users, Notice notice) {
		Set<UUID> recipients = new LinkedHashSet<>(users);
		if (recipients.isEmpty()) {
			return;
		}
		recipients.removeAll(choices.optedOut(notice.kind().mailKind()));
		var at = clock.instant();
		for (UUID user : recipients) {
			notifications.save(new Notification(user, notice, at));
		}
	}
}
