package se.fuel.assessment;

import se.fuel.common.Text;

/** What the officer recommends the committee to decide on an application. */
public enum Recommendation {
	/** Beviljas: the requested amount in full. */
	GRANT,
	/** Delvis beviljas: a reduced amount, strictly between 0 and the requested amount. */
	PARTIAL_GRANT,
	/** Avslås: with a reason category and a motivation. */
	REJECT;

	/** The enum's name in the reader's language, from the bundles ({@code assessment.recommendation.<NAME>}). */
	public Text text() {
		return Text.of("assessment.recommendation." + name());
	}
}
