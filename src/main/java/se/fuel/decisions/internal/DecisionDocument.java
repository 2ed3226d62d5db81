package se.fuel.decisions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of a year's decision document: the content frozen as JSON when the allocation was finalised, and the
 * committee's decision once recorded. Superseded versions stay as they were.
 */
@Entity
@Table(name = "decision_document")
class DecisionDocument {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private int year;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private boolean current;

	@Column(nullable = false)
	private String content;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	private String paragraph;

	@Column(name = "as_proposed")
	private Boolean asProposed;

	private String amendment;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "signed_pdf_key")
	private String signedPdfKey;

	@Column(name = "signed_at")
	private Instant signedAt;

	protected DecisionDocument() {
	}

	public DecisionDocument(int year, int number, String content, String createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.year = year;
		this.number = number;
		this.current = true;
		this.content = content;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public void supersede() {
		this.current = false;
	}

	public void decide(LocalDate on, String paragraph, boolean asProposed, String amendment, String by, Instant at) {
		this.decidedOn = on;
		this.paragraph = paragraph;
		this.asProposed = asProposed;
		this.amendment = amendment;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	/** Keeps the signed PDF/A of the fully attested version as its archived copy. */
	public void archiveSigned(String pdfKey, Instant at) {
		this.signedPdfKey = pdfKey;
		this.signedAt = at;
	}

	public boolean decided() {
		return decidedOn != null;
	}

	public UUID id() { return id; }
	public int year() { return year; }
	public int number() { return number; }
	public boolean current() { return current; }
	public String content() { return content; }
	public String createdBy() { return createdBy; }
	public Instant createdAt() { return createdAt; }
	public LocalDate decidedOn() { return decidedOn; }
	public String paragraph() { return paragraph; }
	public Boolean asProposed() { return asProposed; }
	public String amendment() { return amendment; }
	public String recordedBy() { return recordedBy; }
	public Instant recordedAt() { return recordedAt; }
	public String signedPdfKey() { return signedPdfKey; }
	public Instant signedAt() { return signedAt; }
}
