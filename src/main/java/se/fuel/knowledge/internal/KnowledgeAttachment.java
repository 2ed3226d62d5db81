package se.fuel.knowledge.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of a knowledge item (e.g. the final report as PDF). Never changed once uploaded: a wrong file is removed and
 * uploaded again. Its text is checked before the item is published.
 */
@Entity
@Table(name = "knowledge_attachment")
class KnowledgeAttachment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID itemId;

	@Column(nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String contentType;

	@Column(nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String storageKey;

	@Column(nullable = false)
	private Instant uploadedAt;

	@Column(nullable = false)
	private String uploadedBy;

	protected KnowledgeAttachment() {
	}

	public KnowledgeAttachment(UUID itemId, String fileName, String contentType, long sizeBytes, String storageKey,
			String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	public UUID id() { return id; }
	public UUID itemId() { return itemId; }
	public String fileName() { return fileName; }
	public String contentType() { return contentType; }
	public long sizeBytes() { return sizeBytes; }
	public String storageKey() { return storageKey; }
	public Instant uploadedAt() { return uploadedAt; }
	public String uploadedBy() { return uploadedBy; }
}
