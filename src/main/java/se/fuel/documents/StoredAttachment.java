package se.fuel.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every attachment record keeps of its file (an application's, a report's, a knowledge item's): the name, type
 * and size as uploaded and the {@link StoredDocuments} key of the bytes. Each module's entity adds what the file is
 * attached to. Never changed once uploaded: a wrong file is removed and uploaded again, so it needs no version.
 */
@MappedSuperclass
public abstract class StoredAttachment {

	@Id
	private UUID id;

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

	protected StoredAttachment() {
	}

	protected StoredAttachment(String fileName, String contentType, long sizeBytes, String storageKey,
			String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public UUID id() {
		return id;
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
