package se.fuel.assessment.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A category of reasons for rejecting an application (avslagsgrund), e.g. "Ligger utanför socialtjänstens
 * verksamhetsområde". Deactivated categories stay on the assessments that used them.
 */
@Entity
@Table(name = "reason_category")
class ReasonCategory {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "document_phrase")
	private String documentPhrase;

	protected ReasonCategory() {
	}

	public ReasonCategory(String name, int position) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.position = position;
		this.active = true;
	}

	public void change(String name, boolean active, String documentPhrase) {
		this.name = name;
		this.active = active;
		this.documentPhrase = documentPhrase;
	}

	/** For the audit trail, with the phrase the document uses ({@code generated} unless one was written). */
	public Map<String, Object> snapshot(String generated) {
		return Map.of("name", name, "active", active, "documentPhrase", documentPhrase(generated));
	}

	public UUID id() { return id; }
	public String name() { return name; }
	public int position() { return position; }
	public boolean active() { return active; }

	/**
	 * How the decision document states this reason after "Projektet ”…” ": the officers' phrase, or for a category
	 * added without one the {@code generated} phrase ({@link DocumentPhrases}).
	 */
	public String documentPhrase(String generated) {
		return documentPhrase != null && !documentPhrase.isBlank() ? documentPhrase : generated;
	}
}
