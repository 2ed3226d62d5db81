package se.fuel.applications.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.fuel.documents.StoredAttachment;

/** A file attached to an application (a PDF, Word or Excel document); the bytes live in the file store. */
@Entity
@Table(name = "application_attachment")
class Attachment extends StoredAttachment {

	@Column(name = "application_id", nullable = false)
	private UUID applicationId;

	protected Attachment() {
	}

	public Attachment(UUID applicationId, String fileName, String contentType, long sizeBytes, String storageKey,
			String uploadedBy, Instant uploadedAt) {
		super(fileName, contentType, sizeBytes, storageKey, uploadedBy, uploadedAt);
		this.applicationId = applicationId;
	}

	public UUID applicationId() {
		return applicationId;
	}
}
