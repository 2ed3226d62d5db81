package se.fuel.decisions.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named attestant's (digital) signature on one document version; voided when the allocation changes after it, so
 * the new version must be attested again.
 */
@Entity
@Table(name = "attestation")
class Attestation {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "document_id", nullable = false)
	private UUID documentId;

	@Column(name = "attestant_id", nullable = false)
	private UUID attestantId;

	@Column(nullable = false)
	private String name;

	private String title;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "attested_at")
	private Instant attestedAt;

	@Column(name = "voided_at")
	private Instant voidedAt;

	protected Attestation() {
	}

	public Attestation(UUID documentId, UUID attestantId, String name, String title, String requestedBy,
			Instant requestedAt) {
		this.id = UUID.randomUUID();
		this.documentId = documentId;
		this.attestantId = attestantId;
		this.name = name;
		this.title = title;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	public void attest(Instant at) {
		this.attestedAt = at;
	}

	public void voidAt(Instant at) {
		if (voidedAt == null) {
			this.voidedAt = at;
		}
	}

	public boolean pending() {
		return attestedAt == null && voidedAt == null;
	}

	public boolean valid() {
		return attestedAt != null && voidedAt == null;
	}

	public UUID id() { return id; }
	public UUID documentId() { return documentId; }
	public UUID attestantId() { return attestantId; }
	public String name() { return name; }
	public String title() { return title; }
	public Instant requestedAt() { return requestedAt; }
	public Instant attestedAt() { return attestedAt; }
	public Instant voidedAt() { return voidedAt; }
}
