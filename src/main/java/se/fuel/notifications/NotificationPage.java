package se.fuel.notifications;

import java.util.List;

/**
 * One page of the signed-in user's notifications, newest first.
 *
 * @param page the page shown, counted from 1
 * @param pages how many pages there are, at least 1
 * @param unread how many of all the user's notifications are unread
 */
public record NotificationPage(List<NotificationView> notifications, int page, int pages, long total, long unread) {

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}
}
