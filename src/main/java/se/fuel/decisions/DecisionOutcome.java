package se.fuel.decisions;

import se.fuel.applications.ApplicationStatus;
import se.fuel.common.Text;

/** What the committee decided on one application. */
public enum DecisionOutcome {
	GRANTED, PARTIALLY_GRANTED, REJECTED;

	/** The enum's name in the reader's language, from the bundles ({@code decisions.outcome.<NAME>}). */
	public Text text() {
		return Text.of("decisions.outcome." + name());
	}

	/** The status the decided application takes. */
	public ApplicationStatus applicationStatus() {
		return switch (this) {
			case GRANTED -> ApplicationStatus.GRANTED;
			case PARTIALLY_GRANTED -> ApplicationStatus.PARTIALLY_GRANTED;
			case REJECTED -> ApplicationStatus.REJECTED;
		};
	}
}
