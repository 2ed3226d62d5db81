package se.fuel.knowledge;

/** What kind of method it is, in Metodguiden's terms. */
public enum MethodType {
	ASSESSMENT("Bedömningsmetod"),
	INTERVENTION("Insats"),
	WAY_OF_WORKING("Arbetssätt");

	private final String label;

	MethodType(String label) {
		this.label = label;
	}

	/** The Swedish name. */
	public String label() {
		return label;
	}
}
