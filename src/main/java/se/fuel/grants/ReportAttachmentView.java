package se.fuel.grants;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a grant's report. */
public record ReportAttachmentView(UUID id, UUID grantId, ReportAttachmentKind kind, String kindLabel,
		String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
