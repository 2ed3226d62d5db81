package se.fuel.mail.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.mail.MailKind;
import se.fuel.mail.MailStatus;
import se.fuel.mail.OutboxEntry;

/** One mail in the outbox, from the moment a module sends it until it is delivered (or given up). */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

	@Id
	private UUID id;

	@Version
	private long version;

	private Instant createdAt;

	private UUID recipientUserId;

	private String recipientAddress;

	private String recipientName;

	@Enumerated(EnumType.STRING)
	private MailKind kind;

	private String subject;

	private String body;

	private String relatedType;

	private UUID relatedId;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(Instant createdAt, UUID recipientUserId, String recipientAddress, String recipientName, MailKind kind,
			String subject, String body, String relatedType, UUID relatedId, boolean deliverable) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		this.recipientUserId = recipientUserId;
		this.recipientAddress = recipientAddress;
		this.recipientName = recipientName;
		this.kind = kind;
		this.subject = subject;
		this.body = body;
		this.relatedType = relatedType;
		this.relatedId = relatedId;
		this.status = deliverable ? MailStatus.PENDING : MailStatus.OUTBOX_ONLY;
	}

	void sent(Instant at) {
		status = MailStatus.SENT;
		sentAt = at;
		attempts++;
		lastError = null;
	}

	void failed(String error) {
		status = MailStatus.FAILED;
		attempts++;
		// Without a message from the server the page says "unknown error" in the reader's language.
		lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	UUID id() { return id; }
	Instant createdAt() { return createdAt; }
	UUID recipientUserId() { return recipientUserId; }
	String recipientAddress() { return recipientAddress; }
	String recipientName() { return recipientName; }
	MailKind kind() { return kind; }
	String subject() { return subject; }
	String body() { return body; }
	String relatedType() { return relatedType; }
	UUID relatedId() { return relatedId; }
	MailStatus status() { return status; }
	int attempts() { return attempts; }
	String lastError() { return lastError; }
	Instant sentAt() { return sentAt; }

	OutboxEntry entry() {
		return new OutboxEntry(id, createdAt, recipientName, recipientAddress, kind, subject, body, status, attempts,
				lastError, sentAt, relatedType, relatedId);
	}
}
