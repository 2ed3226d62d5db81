package se.fuel.grants.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.common.Text;

/** One reminder sent to a grant's organisation about its report or its repayment notice. */
@Entity
@Table(name = "grant_reminder")
class GrantReminder {

	/** What the reminder is about. */
	public enum Kind {
		REPORT, REPAYMENT;

		/** The kind within a sentence, e.g. "redovisning". */
		Text label() {
			return Text.of("grants.reminder.kind." + name());
		}
	}

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private UUID grantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReminderSchedule.Step step;

	@Column(nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false)
	private LocalDate sentOn;

	@Column(nullable = false)
	private int recipients;

	@Column(nullable = false)
	private Instant createdAt;

	protected GrantReminder() {
	}

	public GrantReminder(UUID grantId, Kind kind, ReminderSchedule.Step step, LocalDate dueDate, LocalDate sentOn,
			int recipients, Instant now) {
		this.id = UUID.randomUUID();
		this.grantId = grantId;
		this.kind = kind;
		this.step = step;
		this.dueDate = dueDate;
		this.sentOn = sentOn;
		this.recipients = recipients;
		this.createdAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID grantId() {
		return grantId;
	}

	public Kind kind() {
		return kind;
	}

	public ReminderSchedule.Step step() {
		return step;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public LocalDate sentOn() {
		return sentOn;
	}

	public int recipients() {
		return recipients;
	}
}
