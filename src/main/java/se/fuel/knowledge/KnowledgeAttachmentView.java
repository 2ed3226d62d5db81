package se.fuel.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A file of a knowledge item. */
public record KnowledgeAttachmentView(UUID id, UUID itemId, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt, String uploadedBy) {
}
