package se.fuel.organisations.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Succession;

/**
 * An organisation that applies for funds or runs them, valid for a period and possibly succeeded by another.
 */
@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "successor_id")
	private UUID successorId;

	@Enumerated(EnumType.STRING)
	private Succession succession;

	private String note;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String code, String name, OrganisationKind kind) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	/** Applies input that the rules have already accepted. */
	void apply(OrganisationInput input) {
		this.code = input.code().trim();
		this.name = input.name().trim();
		this.kind = input.kind();
		this.parentId = input.parentId();
		this.validFrom = input.validFrom();
		this.validTo = input.validTo();
		this.successorId = input.successorId();
		this.succession = input.successorId() == null ? null : input.succession();
		this.note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
	}

	/** What the audit trail keeps of an organisation. */
	Snapshot snapshot() {
		return new Snapshot(code, name, kind, parentId, validFrom, validTo, successorId, succession, note);
	}

	record Snapshot(String code, String name, OrganisationKind kind, UUID parentId, LocalDate validFrom,
			LocalDate validTo, UUID successorId, Succession succession, String note) {
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id, code, name, kind, parentId, validFrom, validTo, successorId, succession);
	}

	UUID getId() { return id; }
	String getCode() { return code; }
	String getName() { return name; }
	OrganisationKind getKind() { return kind; }
	UUID getParentId() { return parentId; }
	LocalDate getValidFrom() { return validFrom; }
	LocalDate getValidTo() { return validTo; }
	UUID getSuccessorId() { return successorId; }
	Succession getSuccession() { return succession; }
	String getNote() { return note; }
	long getVersion() { return version; }

	void setCode(String code) { this.code = code; }
	void setName(String name) { this.name = name; }
	void setKind(OrganisationKind kind) { this.kind = kind; }
	void setParentId(UUID parentId) { this.parentId = parentId; }
	void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
	void setValidTo(LocalDate validTo) { this.validTo = validTo; }
	void setSuccessorId(UUID successorId) { this.successorId = successorId; }
	void setSuccession(Succession succession) { this.succession = succession; }
	void setNote(String note) { this.note = note; }
}
