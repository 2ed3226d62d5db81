package se.fuel.grants;

import se.fuel.common.Text;

/**
 * Where a grant's report (redovisning) stands: a draft, handed in, returned for completion or approved. The names
 * people read are the bundle's {@code grants.reportStatus.*}.
 */
public enum ReportStatus {
	/** Saved by the organisation, not handed in. */
	DRAFT,
	/** Handed in, waiting for the officer. */
	HANDED_IN,
	/** The officer returned it for completion with a message. */
	RETURNED,
	/** The officer approved it. */
	APPROVED;

	/** The status as people read it, e.g. "Inlämnad". */
	public Text label() {
		return Text.of("grants.reportStatus." + name());
	}

	/** The status within a sentence, e.g. "inlämnad". */
	public Text inSentence() {
		return Text.of("grants.reportStatus.inSentence." + name());
	}
}
