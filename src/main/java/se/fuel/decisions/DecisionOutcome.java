package se.fuel.decisions;

import se.fuel.common.Text;

/** What the committee decided on one application. */
public enum DecisionOutcome {
	GRANTED("Beviljad"), PARTIALLY_GRANTED("Delvis beviljad"), REJECTED("Avslagen");

	private final String label;

	DecisionOutcome(String label) {
		this.label = label;
	}

	/** The enum's name in the reader's language, from the bundles ({@code decisions.outcome.<NAME>}). */
	public Text text() {
		return Text.of("decisions.outcome." + name());
	}

	/**
	 * The Swedish label.
	 *
	 * @deprecated for code not yet on the bundles (the decision mail); use {@link #text()}.
	 */
	@Deprecated
	public String label() {
		return label;
	}
}
