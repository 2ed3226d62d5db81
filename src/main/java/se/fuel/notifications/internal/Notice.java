package se.fuel.notifications.internal;

import java.util.List;

import se.fuel.notifications.NotificationKind;

/**
 * What one event tells its recipients, before it is stored for each of them.
 *
 * @param messageKey the text's key in {@code i18n/notifications}, read with {@code arguments} in the reader's language
 * @param link where it leads, from the application's root
 */
record Notice(NotificationKind kind, String messageKey, List<String> arguments, String link) {
}
