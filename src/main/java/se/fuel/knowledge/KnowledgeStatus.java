package se.fuel.knowledge;

/** Where an item stands in publishing: only published items are seen by readers and applicants. */
public enum KnowledgeStatus {
	/** Utkast: seen by officers only. */
	DRAFT,
	/** Publicerad: seen by everyone signed in. */
	PUBLISHED,
	/** Avpublicerad: taken down again; seen by officers only, may be published again. */
	UNPUBLISHED;

	/** The name as the bundles say it ({@code i18n/knowledge}). */
	public String messageKey() {
		return "knowledge.status." + name();
	}
}
