package se.fuel.assessment;

import se.fuel.common.Text;

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

	/** The enum's name in the reader's language, from the bundles ({@code assessment.recommendation.<NAME>}). */
	public Text text() {
		return Text.of("assessment.recommendation." + name());
	}

	/**
	 * The Swedish label.
	 *
	 * @deprecated for code not yet on the bundles (mail, the XLSX export); use {@link #text()}.
	 */
	@Deprecated
	public String label() {
		return label;
	}
}
