package se.fuel.knowledge.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.fuel.documents.StoredAttachment;

/** A file of a knowledge item (e.g. the final report as PDF). Its text is checked before the item is published. */
@Entity
@Table(name = "knowledge_attachment")
class KnowledgeAttachment extends StoredAttachment {

	@Column(nullable = false)
	private UUID itemId;

	protected KnowledgeAttachment() {
	}

	public KnowledgeAttachment(UUID itemId, String fileName, String contentType, long sizeBytes, String storageKey,
			String uploadedBy, Instant now) {
		super(fileName, contentType, sizeBytes, storageKey, uploadedBy, now);
		this.itemId = itemId;
	}

	public UUID itemId() {
		return itemId;
	}
}
