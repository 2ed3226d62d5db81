package se.fuel.decisions;

/** What the committee decided on one application. */
public enum DecisionOutcome {
	GRANTED("Beviljad"), PARTIALLY_GRANTED("Delvis beviljad"), REJECTED("Avslagen");

	private final String label;

	DecisionOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
