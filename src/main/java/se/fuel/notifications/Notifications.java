package se.fuel.notifications;

import java.util.UUID;

/**
 * The signed-in user's own notifications; every method acts on the caller's only, so nobody reads or marks another
 * user's. Someone else's notification does not exist for the caller (404).
 */
public interface Notifications {

	/** How many of the signed-in user's notifications are unread; 0 when nobody is signed in. */
	long unreadCount();

	/** One page of the signed-in user's notifications, newest first; pages count from 1. */
	NotificationPage page(int page, int size);

	/** Marks one of the signed-in user's notifications read (again is harmless) and returns it. */
	NotificationView markRead(UUID id);

	/** Marks every unread notification of the signed-in user read; returns how many were unread. */
	int markAllRead();
}
