package se.fuel.grants.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Money that moved on a grant: a payment (utbetalning) to the organisation, or a repayment (återbetalning) back. */
@Entity
@Table(name = "grant_payment")
class GrantPayment {

	/** Which way the money went. */
	public enum Kind {
		PAYMENT, REPAYMENT
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

	@Column(nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false)
	private long amount;

	@Column(nullable = false)
	private Instant recordedAt;

	private String recordedBy;

	protected GrantPayment() {
	}

	public GrantPayment(UUID grantId, Kind kind, LocalDate paidOn, long amount, Instant recordedAt,
			String recordedBy) {
		this.id = UUID.randomUUID();
		this.grantId = grantId;
		this.kind = kind;
		this.paidOn = paidOn;
		this.amount = amount;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public Map<String, Object> snapshot() {
		var s = new LinkedHashMap<String, Object>();
		s.put("kind", kind.name());
		s.put("paidOn", paidOn.toString());
		s.put("amount", amount);
		return s;
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

	public LocalDate paidOn() {
		return paidOn;
	}

	public long amount() {
		return amount;
	}
}
