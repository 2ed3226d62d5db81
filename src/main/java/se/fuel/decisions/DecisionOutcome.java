package se.fuel.decisions;

import se.fuel.common.Text;

/** What the committee decided on one application. */
public enum DecisionOutcome {
	GRANTED, PARTIALLY_GRANTED, REJECTED;

	/** The enum's name in the reader's language, from the bundles ({@code decisions.outcome.<NAME>}). */
	public Text text() {
		return Text.of("decisions.outcome." + name());
	}
}
