package se.fuel.notifications.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.notifications.NotificationPage;
import se.fuel.notifications.NotificationView;
import se.fuel.notifications.Notifications;

/**
 * Every role has notifications, so the check is "signed in" and the rule is ownership: each query is by the caller's
 * own user id, and another user's notification is answered as not found.
 */
@Service
class NotificationService implements Notifications {

	static final String AUDIT_TYPE = "Notification";

	private final NotificationRepository notifications;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, Identity identity, AuditTrail audit, Clock clock) {
		this.notifications = notifications;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount() {
		return identity.currentIfAny().map(me -> notifications.countByUserIdAndReadAtIsNull(me.userId())).orElse(0L);
	}

	@Override
	@Transactional(readOnly = true)
	public NotificationPage page(int page, int size) {
		CurrentUser me = identity.current();
		int shown = Math.max(page, 1);
		Page<Notification> found = notifications.newestFirst(me.userId(), PageRequest.of(shown - 1, size));
		return new NotificationPage(found.getContent().stream().map(Notification::view).toList(), shown,
				Math.max(found.getTotalPages(), 1), found.getTotalElements(),
				notifications.countByUserIdAndReadAtIsNull(me.userId()));
	}

	@Override
	@Transactional
	public NotificationView markRead(UUID id) {
		CurrentUser me = identity.current();
		Notification notification = notifications.findById(id)
			.filter(n -> n.userId().equals(me.userId()))
			.orElseThrow(() -> new NotFoundException("notification"));
		if (notification.read(clock.instant())) {
			notifications.flush();
			audit.record(AUDIT_TYPE, id, "read", Map.of("read", false), Map.of("read", true));
		}
		return notification.view();
	}

	@Override
	@Transactional
	public int markAllRead() {
		CurrentUser me = identity.current();
		int marked = notifications.markAllRead(me.userId(), clock.instant());
		if (marked > 0) {
			audit.record(AUDIT_TYPE, me.userId(), "all-read", Map.of("unread", marked), Map.of("unread", 0));
		}
		return marked;
	}
}
