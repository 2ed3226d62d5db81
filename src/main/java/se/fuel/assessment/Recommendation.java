package se.fuel.assessment;

/** What the officer recommends the committee to decide on an application. */
public enum Recommendation {
	/** Beviljas: the requested amount in full. */
	GRANT("Beviljas"),
	/** Delvis beviljas: a reduced amount, strictly between 0 and the requested amount. */
	PARTIAL_GRANT("Delvis beviljas"),
	/** Avslås: with a reason category and a motivation. */
	REJECT("Avslås");

	private final String label;

	Recommendation(String label) {
		this.label = label;
	}

	/** The Swedish label of the documents. */
	public String label() {
		return label;
	}
}
