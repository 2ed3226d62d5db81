package se.fuel.knowledge;

/** What a user follows (bevakar) in the knowledge bank. */
public enum SubscriptionKind {
	/** An area of the taxonomy, by its code. */
	AREA,
	/** A target group, as the items name it. */
	TARGET_GROUP,
	/** A saved search: its words and facet filters. */
	SEARCH;

	/** The name as the bundles say it ({@code i18n/knowledge}). */
	public String messageKey() {
		return "knowledge.subscriptionKind." + name();
	}
}
