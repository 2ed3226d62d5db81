package se.fuel.knowledge;

/** What a user follows (bevakar) in the knowledge bank. */
public enum SubscriptionKind {
	/** An area of the taxonomy, by its code. */
	AREA("Område"),
	/** A target group, as the items name it. */
	TARGET_GROUP("Målgrupp"),
	/** A saved search: its words and facet filters. */
	SEARCH("Sökning");

	private final String label;

	SubscriptionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
