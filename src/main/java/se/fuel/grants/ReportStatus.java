package se.fuel.grants;

/** Where a grant's report (redovisning) stands: a draft, handed in, returned for completion or approved. */
public enum ReportStatus {
	/** Utkast: saved by the organisation, not handed in. */
	UTKAST("Utkast"),
	/** Inlämnad: handed in, waiting for the officer. */
	INLAMNAD("Inlämnad"),
	/** Återskickad: the officer returned it for completion with a message. */
	ATERSKICKAD("Återskickad för komplettering"),
	/** Godkänd: the officer approved it. */
	GODKAND("Godkänd");

	private final String label;

	ReportStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
