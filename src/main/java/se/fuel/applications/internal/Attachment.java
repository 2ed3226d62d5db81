package se.fuel.applications.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an application (a PDF, Word or Excel document); the bytes live in the file store. */
@Entity
@Table(name = "application_attachment")
class Attachment {

	@Id
	private UUID id;

	@Column(name = "application_id", nullable = false)
	private UUID applicationId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	protected Attachment() {
	}

	public Attachment(UUID applicationId, String fileName, String contentType, long sizeBytes, String storageKey,
			String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public UUID id() {
		return id;
	}

	public UUID applicationId() {
		return applicationId;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public String storageKey() {
		return storageKey;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public String uploadedBy() {
		return uploadedBy;
	}
}
