package se.fuel.grants.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.fuel.grants.ReportAttachmentKind;

/**
 * A file attached to a grant's report (slutrapport, förstudie, reserapport or other). Never changed once uploaded:
 * a wrong file is removed and uploaded again, so it needs no version.
 */
@Entity
@Table(name = "grant_report_attachment")
class GrantReportAttachment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID grantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportAttachmentKind kind;

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

	protected GrantReportAttachment() {
	}

	public GrantReportAttachment(UUID grantId, ReportAttachmentKind kind, String fileName, String contentType,
			long sizeBytes, String storageKey, String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.grantId = grantId;
		this.kind = kind;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	public UUID id() { return id; }
	public UUID grantId() { return grantId; }
	public ReportAttachmentKind kind() { return kind; }
	public String fileName() { return fileName; }
	public String contentType() { return contentType; }
	public long sizeBytes() { return sizeBytes; }
	public String storageKey() { return storageKey; }
	public Instant uploadedAt() { return uploadedAt; }
	public String uploadedBy() { return uploadedBy; }
}
