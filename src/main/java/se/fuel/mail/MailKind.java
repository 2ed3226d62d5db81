package se.fuel.mail;

/**
 * Which kind of message a mail is; each user chooses per kind whether they want it. Stored by name; the label is the
 * message key {@link #messageKey()} in {@code i18n/mail}.
 */
public enum MailKind {
	SUBMISSION_RECEIPT, RETURNED_FOR_COMPLETION, DECISION_OUTCOME, REPORT_APPROVED, REPORT_RETURNED, REMINDER,
	KNOWLEDGE_PUBLISHED, COUNCIL_ASSIGNMENT, ATTESTATION_REQUEST;

	public String messageKey() {
		return "mail.kind." + name();
	}
}
