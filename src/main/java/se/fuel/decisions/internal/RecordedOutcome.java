package se.fuel.decisions.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.DecisionOutcome;

/** The committee's decision on one application, kept as decided (never changed afterwards). */
@Entity
@Table(name = "decision_outcome")
class RecordedOutcome {

	@Id
	@Column(name = "application_id")
	private UUID applicationId;

	@Column(name = "document_id", nullable = false)
	private UUID documentId;

	@Column(name = "call_id", nullable = false)
	private UUID callId;

	@Column(nullable = false)
	private int year;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "registration_number", nullable = false)
	private String registrationNumber;

	@Column(nullable = false)
	private String title;

	@Column(name = "programme_code", nullable = false)
	private String programmeCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DecisionOutcome outcome;

	@Column(name = "requested_amount", nullable = false)
	private long requestedAmount;

	@Column(nullable = false)
	private long amount;

	private String reason;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(nullable = false)
	private String paragraph;

	protected RecordedOutcome() {
	}

	public RecordedOutcome(UUID documentId, ApplicationOutcome o) {
		this.applicationId = o.applicationId();
		this.documentId = documentId;
		this.callId = o.callId();
		this.year = o.year();
		this.organisationId = o.organisationId();
		this.registrationNumber = o.registrationNumber();
		this.title = o.title();
		this.programmeCode = o.programmeCode();
		this.outcome = o.outcome();
		this.requestedAmount = o.requestedAmount();
		this.amount = o.amount();
		this.reason = o.reason();
		this.decidedOn = o.decidedOn();
		this.paragraph = o.paragraph();
	}

	public ApplicationOutcome view() {
		return new ApplicationOutcome(applicationId, callId, registrationNumber, title, programmeCode, year,
				organisationId, outcome, requestedAmount, amount, reason, decidedOn, paragraph);
	}

	public UUID organisationId() { return organisationId; }
}
