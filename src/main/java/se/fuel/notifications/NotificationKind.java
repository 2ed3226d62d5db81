package se.fuel.notifications;

import se.fuel.mail.MailKind;

/**
 * What a notification is about. Each kind that is also mailed follows the user's choice of that mail kind; its label
 * is the message key {@code notifications.kind.<name>}.
 */
public enum NotificationKind {
	RETURNED_FOR_COMPLETION(MailKind.RETURNED_FOR_COMPLETION), DECISION_OUTCOME(MailKind.DECISION_OUTCOME),
	REPORT_APPROVED(MailKind.REPORT_APPROVED), REPORT_RETURNED(MailKind.REPORT_RETURNED), REMINDER(MailKind.REMINDER),
	KNOWLEDGE_PUBLISHED(MailKind.KNOWLEDGE_PUBLISHED), COUNCIL_ASSIGNMENT(MailKind.COUNCIL_ASSIGNMENT),
	ATTESTATION_REQUEST(MailKind.ATTESTATION_REQUEST);

	private final MailKind mailKind;

	NotificationKind(MailKind mailKind) {
		this.mailKind = mailKind;
	}

	/** The kind of mail whose choice in E-postval also turns this notification on or off. */
	public MailKind mailKind() {
		return mailKind;
	}

	public String messageKey() {
		return "notifications.kind." + name();
	}
}
