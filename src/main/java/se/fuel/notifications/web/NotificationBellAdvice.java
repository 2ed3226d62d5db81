package se.fuel.notifications.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;
import se.fuel.notifications.Notifications;

/**
 * Gives the layout's bell its count. Lazy, so that only a page that shows the header asks the database; an API answer
 * or an htmx fragment never evaluates it.
 */
@ControllerAdvice
class NotificationBellAdvice {

	private final Notifications notifications;

	NotificationBellAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications() {
		return new LazyContextVariable<>() {
			@Override
			protected Long loadValue() {
				return notifications.unreadCount();
			}
		};
	}
}
