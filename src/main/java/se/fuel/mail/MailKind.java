package se.fuel.mail;

/** Which kind of message a mail is; each user chooses per kind whether they want it. */
public enum MailKind {
	SUBMISSION_RECEIPT("Kvitto på inskickad ansökan"),
	RETURNED_FOR_COMPLETION("Ansökan tillbaka för komplettering"),
	DECISION_OUTCOME("Beslut om ansökan"),
	REPORT_APPROVED("Redovisning godkänd"),
	REPORT_RETURNED("Redovisning tillbaka för komplettering"),
	REMINDER("Påminnelse"),
	KNOWLEDGE_PUBLISHED("Nytt i kunskapsbanken");

	private final String label;

	MailKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String messageKey() {
		return "mail.kind." + name();
	}
}
