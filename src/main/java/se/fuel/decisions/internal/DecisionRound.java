package se.fuel.decisions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.decisions.RoundStatus;

/**
 * A year's allocation round: where it stands and the officer's texts for its decision document (kept as JSON, since
 * they only ever travel whole).
 */
@Entity
@Table(name = "decision_round")
class DecisionRound {

	@Id
	private Integer year;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RoundStatus status;

	private String texts;

	protected DecisionRound() {
	}

	public DecisionRound(int year) {
		this.year = year;
		this.status = RoundStatus.OPEN;
	}

	public int year() { return year; }
	public long version() { return version; }
	public RoundStatus status() { return status; }
	public String texts() { return texts; }

	public void changeStatus(RoundStatus status) {
		this.status = status;
	}

	public void changeTexts(String json) {
		this.texts = json;
	}

	/** Whether a document version stands finalised (and perhaps attested), so that a change supersedes it. */
	public boolean finalised() {
		return status == RoundStatus.FINALISED || status == RoundStatus.SENT_FOR_ATTESTATION
				|| status == RoundStatus.ATTESTED;
	}
}
