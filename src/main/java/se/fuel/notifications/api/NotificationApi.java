package se.fuel.notifications.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.notifications.NotificationKind;
import se.fuel.notifications.NotificationPage;
import se.fuel.notifications.NotificationView;
import se.fuel.notifications.Notifications;

/**
 * The signed-in user's notifications as JSON; the same service as the page, so each user reaches only their own. The
 * text comes in the request's language, with its key and arguments for a client that words it itself.
 */
@RestController
@Tag(name = "Notifications", description = "The signed-in user's notifications in the app")
class NotificationApi {

	/** At most this many per page: a client pages through the rest. */
	static final int MAX_PAGE_SIZE = 100;

	private final Notifications notifications;

	private final MessageSource messages;

	NotificationApi(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	record NotificationJson(UUID id, NotificationKind kind, String text, String messageKey, List<String> arguments,
			String link, Instant createdAt, Instant readAt, boolean unread) {
	}

	record PageJson(int page, int pages, long total, long unread, List<NotificationJson> notifications) {
	}

	record MarkedJson(int marked) {
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "The signed-in user's notifications, newest first, paged (page from 1, size up to 100)")
	PageJson list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		NotificationPage shown = notifications.page(page, Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
		return new PageJson(shown.page(), shown.pages(), shown.total(), shown.unread(),
				shown.notifications().stream().map(this::json).toList());
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@Operation(summary = "Marks one of the signed-in user's notifications read; another user's is not found (404)")
	NotificationJson read(@PathVariable UUID id) {
		return json(notifications.markRead(id));
	}

	@PostMapping("/api/v1/notifications/read")
	@Operation(summary = "Marks every notification of the signed-in user read; answers how many were unread")
	MarkedJson readAll() {
		return new MarkedJson(notifications.markAllRead());
	}

	private NotificationJson json(NotificationView n) {
		return new NotificationJson(n.id(), n.kind(), messages.getMessage(n.text(), LocaleContextHolder.getLocale()), n.messageKey(), n.arguments(), n.link(),
				n.createdAt(), n.readAt(), n.unread());
	}
}
