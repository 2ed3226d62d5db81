package se.fuel.grants;

import java.time.Instant;
import java.util.UUID;

import se.fuel.common.Text;

/** A file attached to a grant's report. */
public record ReportAttachmentView(UUID id, UUID grantId, ReportAttachmentKind kind, Text kindLabel,
		String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
