package se.fuel.mail.internal;

import java.time.Instant;
import java.util.UUID;

import se.fuel.mail.MailKind;

/** A mail in the outbox as officers see it on the page and in the API. */
public record OutboxEntry(UUID id, Instant createdAt, String recipientName, String recipientAddress, MailKind kind,
		String subject, String body, OutboxMail.Status status, int attempts, String lastError, Instant sentAt,
		String relatedType, UUID relatedId) {

	static OutboxEntry of(OutboxMail m) {
		return new OutboxEntry(m.id(), m.createdAt(), m.recipientName(), m.recipientAddress(), m.kind(), m.subject(),
				m.body(), m.status(), m.attempts(), m.lastError(), m.sentAt(), m.relatedType(), m.relatedId());
	}
}
