package se.fuel.grants;

/** What a file attached to a grant's report is (seeds/001, seeds/002). */
public enum ReportAttachmentKind {
	/** Slutrapport: the project's own final report. */
	SLUTRAPPORT("Slutrapport"),
	/** Förstudie: a pre-study the project made. */
	FORSTUDIE("Förstudie"),
	/** Reserapport: the travel report of a MUL study visit. */
	RESERAPPORT("Reserapport"),
	/** Övrigt: anything else that belongs to the report. */
	OVRIGT("Övrigt");

	private final String label;

	ReportAttachmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
