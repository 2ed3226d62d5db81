package se.fuel.mail;

import java.time.Instant;
import java.util.UUID;

/** A mail in the outbox as officers see it on the page and in the API. */
public record OutboxEntry(UUID id, Instant createdAt, String recipientName, String recipientAddress, MailKind kind,
		String subject, String body, MailStatus status, int attempts, String lastError, Instant sentAt,
		String relatedType, UUID relatedId) {
}
