package se.fuel.mail;

import java.util.UUID;

/**
 * A mail to one recipient, as a module hands it to {@link Mail}.
 *
 * @param recipientUserId the user it goes to; their address is looked up when {@code recipientAddress} is blank, and
 * their mail preferences decide whether it is stored at all. Null for an address outside Fuel.
 * @param recipientAddress the address; may be blank when {@code recipientUserId} is given
 * @param relatedType the audit type of the object the mail is about ("Application", "Grant"...), may be null
 */
public record OutgoingMail(UUID recipientUserId, String recipientAddress, String recipientName, MailKind kind,
		String subject, String body, String relatedType, UUID relatedId) {

	/** Mail to a Fuel user at the address of their account. */
	public static OutgoingMail toUser(UUID userId, String name, MailKind kind, String subject, String body,
			String relatedType, UUID relatedId) {
		return new OutgoingMail(userId, null, name, kind, subject, body, relatedType, relatedId);
	}
}
