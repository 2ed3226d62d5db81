package se.fuel.knowledge;

/** Where an item stands in publishing: only published items are seen by readers and applicants. */
public enum KnowledgeStatus {
	/** Utkast: seen by officers only. */
	DRAFT("Utkast"),
	/** Publicerad: seen by everyone signed in. */
	PUBLISHED("Publicerad"),
	/** Avpublicerad: taken down again; seen by officers only, may be published again. */
	UNPUBLISHED("Avpublicerad");

	private final String label;

	KnowledgeStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
