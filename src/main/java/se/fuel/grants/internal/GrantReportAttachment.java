package se.fuel.grants.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.fuel.documents.StoredAttachment;
import se.fuel.grants.ReportAttachmentKind;

/** A file attached to a grant's report (slutrapport, förstudie, reserapport or other). */
@Entity
@Table(name = "grant_report_attachment")
class GrantReportAttachment extends StoredAttachment {

	@Column(nullable = false)
	private UUID grantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportAttachmentKind kind;

	protected GrantReportAttachment() {
	}

	public GrantReportAttachment(UUID grantId, ReportAttachmentKind kind, String fileName, String contentType,
			long sizeBytes, String storageKey, String uploadedBy, Instant now) {
		super(fileName, contentType, sizeBytes, storageKey, uploadedBy, now);
		this.grantId = grantId;
		this.kind = kind;
	}

	public UUID grantId() {
		return grantId;
	}

	public ReportAttachmentKind kind() {
		return kind;
	}
}
