package se.fuel.decisions.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An amount the officer set on the workbench instead of the assessment's recommended one. */
@Entity
@Table(name = "allocation_amount")
class AllocationAmount {

	@Id
	@Column(name = "application_id")
	private UUID applicationId;

	@Version
	private long version;

	@Column(nullable = false)
	private int year;

	@Column(nullable = false)
	private long amount;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected AllocationAmount() {
	}

	public AllocationAmount(UUID applicationId, int year) {
		this.applicationId = applicationId;
		this.year = year;
	}

	public void change(long amount, String by, Instant at) {
		this.amount = amount;
		this.changedBy = by;
		this.changedAt = at;
	}

	public UUID applicationId() { return applicationId; }
	public int year() { return year; }
	public long version() { return version; }
	public long amount() { return amount; }
}
