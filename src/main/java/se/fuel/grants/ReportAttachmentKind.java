package se.fuel.grants;

import se.fuel.common.Text;

/**
 * What a file attached to a grant's report is. The names people read are the bundle's
 * {@code grants.attachmentKind.*}.
 */
public enum ReportAttachmentKind {
	/** The project's own final report (slutrapport). */
	FINAL_REPORT,
	/** A pre-study the project made (förstudie). */
	PRE_STUDY,
	/** The travel report of a MUL study visit (reserapport). */
	TRAVEL_REPORT,
	/** Anything else that belongs to the report (övrigt). */
	OTHER;

	/** The kind as people read it, e.g. "Slutrapport". */
	public Text label() {
		return Text.of("grants.attachmentKind." + name());
	}
}
