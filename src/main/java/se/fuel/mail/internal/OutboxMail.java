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

/** One mail in the outbox, from the moment a module sends it until it is delivered (or given up). */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	/** Where a mail is on its way out. */
	public enum Status {
		PENDING, SENT, FAILED, OUTBOX_ONLY
	}

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
	private Status status;

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
		this.status = deliverable ? Status.PENDING : Status.OUTBOX_ONLY;
	}

	void sent(Instant at) {
		status = Status.SENT;
		sentAt = at;
		attempts++;
		lastError = null;
	}

	void failed(String error) {
		status = Status.FAILED;
		attempts++;
		lastError = error == null ? "Okänt fel" : error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	public UUID id() { return id; }
	public Instant createdAt() { return createdAt; }
	public UUID recipientUserId() { return recipientUserId; }
	public String recipientAddress() { return recipientAddress; }
	public String recipientName() { return recipientName; }
	public MailKind kind() { return kind; }
	public String subject() { return subject; }
	public String body() { return body; }
	public String relatedType() { return relatedType; }
	public UUID relatedId() { return relatedId; }
	public Status status() { return status; }
	public int attempts() { return attempts; }
	public String lastError() { return lastError; }
	public Instant sentAt() { return sentAt; }
}
