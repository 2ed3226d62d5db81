package se.fuel.grants.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.common.ViolationException;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.rules.GrantStatusTransitions;

/**
 * A grant (beviljade medel): the amount the committee granted one application, for the year granted, with the date
 * its report is due. What was decided is copied here, so that the grant reads the same whatever happens to the
 * application or the call later.
 */
@Entity
@Table(name = "fund_grant")
class Grant {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(unique = true)
	private UUID applicationId;

	private UUID callId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Origin origin;

	private String targetGroup;

	private String purpose;

	private String area;

	@ElementCollection
	@CollectionTable(name = "fund_grant_partner", joinColumns = @JoinColumn(name = "grant_id"))
	@Column(name = "organisation_id")
	private Set<UUID> partnerOrganisationIds = new LinkedHashSet<>();

	@Column(nullable = false)
	private UUID organisationId;

	private String registrationNumber;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String programmeCode;

	@Column(nullable = false)
	private int year;

	@Column(nullable = false)
	private long amount;

	@Column(nullable = false)
	private LocalDate periodStart;

	@Column(nullable = false)
	private LocalDate periodEnd;

	private LocalDate reportDueDate;

	private String reportDueDateReason;

	@Column(nullable = false)
	private LocalDate decidedOn;

	private String paragraph;

	private UUID decisionDocumentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GrantStatus status;

	@Column(nullable = false)
	private Instant createdAt;

	private Long repaymentNotified;

	private String repaymentNote;

	private LocalDate repaymentNotifiedOn;

	@Column(nullable = false)
	private boolean repaymentNoticeLate;

	protected Grant() {
	}

	/** Where the grant comes from: a committee decision in Fuel, or a decision taken before Fuel. */
	public enum Origin {
		/** Created from a committee decision recorded in Fuel; has its application and call. */
		DECISION,
		/** Decided before Fuel (document 001, document 004) and entered afterwards; no application or call in Fuel. */
		HISTORICAL
	}

	/** What the committee decided for one application, and the call's follow-up date. */
	public record Decided(UUID applicationId, UUID callId, UUID organisationId, String registrationNumber,
			String title, String programmeCode, int year, long amount, LocalDate reportDueDate, LocalDate decidedOn,
			String paragraph, UUID decisionDocumentId) {
	}

	/**
	 * The project's own facts, copied from the application (or from an older document for a historical grant).
	 *
	 * @param purpose goals and purpose (mål och syfte); for a study visit, its purpose
	 * @param area the area the project is reported under, e.g. "Socialmedicin"; null when the programme says enough
	 */
	public record ProjectFacts(String targetGroup, String purpose, String area, Set<UUID> partnerOrganisationIds) {

		public static final ProjectFacts NONE = new ProjectFacts(null, null, null, Set.of());
	}

	/**
	 * A grant decided before Fuel, entered from the documents of its time: it has no application or call in Fuel, and
	 * its period may span more than one year (document 001: "År: 2002 och 2003").
	 */
	public record Historical(UUID organisationId, String reference, String title, String programmeCode, int year,
			long amount, LocalDate periodStart, LocalDate periodEnd, LocalDate reportDueDate, LocalDate decidedOn,
			String paragraph, GrantStatus status, ProjectFacts facts) {
	}

	public static Grant historical(Historical h, Instant now) {
		if (h.amount() <= 0) {
			throw new IllegalArgumentException("A grant needs an amount above 0, got " + h.amount());
		}
		var g = new Grant();
		g.id = UUID.randomUUID();
		g.origin = Origin.HISTORICAL;
		g.organisationId = h.organisationId();
		g.registrationNumber = h.reference();
		g.title = h.title();
		g.programmeCode = h.programmeCode();
		g.year = h.year();
		g.amount = h.amount();
		g.periodStart = h.periodStart();
		g.periodEnd = h.periodEnd();
		g.reportDueDate = h.reportDueDate();
		g.decidedOn = h.decidedOn();
		g.paragraph = h.paragraph();
		g.status = h.status();
		g.createdAt = now;
		g.describe(h.facts());
		return g;
	}

	/**
	 * A grant for the whole year granted: "Medlen avser det år de beviljas och ansökan kan maximalt omfatta ett år".
	 */
	public Grant(Decided d, Instant now) {
		if (d.amount() <= 0) {
			throw new IllegalArgumentException("A grant needs an amount above 0, got " + d.amount());
		}
		this.id = UUID.randomUUID();
		this.applicationId = d.applicationId();
		this.callId = d.callId();
		this.organisationId = d.organisationId();
		this.registrationNumber = d.registrationNumber();
		this.title = d.title();
		this.programmeCode = d.programmeCode();
		this.year = d.year();
		this.amount = d.amount();
		this.periodStart = LocalDate.of(d.year(), 1, 1);
		this.periodEnd = LocalDate.of(d.year(), 12, 31);
		this.reportDueDate = d.reportDueDate();
		this.decidedOn = d.decidedOn();
		this.paragraph = d.paragraph();
		this.decisionDocumentId = d.decisionDocumentId();
		this.status = GrantStatus.GRANTED;
		this.origin = Origin.DECISION;
		this.createdAt = now;
	}

	/** Sets the project's facts: target group, goals and purpose, area and partner organisations. */
	public void describe(ProjectFacts facts) {
		this.targetGroup = facts.targetGroup();
		this.purpose = facts.purpose();
		this.area = facts.area();
		this.partnerOrganisationIds = new LinkedHashSet<>(facts.partnerOrganisationIds());
		this.partnerOrganisationIds.remove(organisationId);
	}

	/** Moves the grant to the status, if {@link GrantStatusTransitions} allows it. */
	public void moveTo(GrantStatus to) {
		var refused = new GrantStatusTransitions().check(new GrantStatusTransitions.Move(status, to));
		if (!refused.isEmpty()) {
			throw new ViolationException(refused);
		}
		this.status = to;
	}

	/** The organisation's notice of an unused amount to pay back; late when made after the call's notice date. */
	public void notifyRepayment(long amount, String note, LocalDate on, boolean late) {
		this.repaymentNotified = amount;
		this.repaymentNote = note;
		this.repaymentNotifiedOn = on;
		this.repaymentNoticeLate = late;
	}

	/**
	 * The officer moves the report due date (e.g. a project granted more time); reminders follow the new date. The
	 * reason is kept with the grant so that the organisation sees why.
	 */
	public void changeReportDueDate(LocalDate to, String reason) {
		this.reportDueDate = to;
		this.reportDueDateReason = reason;
	}

	/** Why the officer moved the report due date, or null when it is the call's. */
	public String reportDueDateReason() {
		return reportDueDateReason;
	}

	public Long repaymentNotified() {
		return repaymentNotified;
	}

	public String repaymentNote() {
		return repaymentNote;
	}

	public LocalDate repaymentNotifiedOn() {
		return repaymentNotifiedOn;
	}

	public boolean repaymentNoticeLate() {
		return repaymentNoticeLate;
	}

	/** The small picture of the grant kept in the audit trail. */
	public Map<String, Object> snapshot() {
		var s = new LinkedHashMap<String, Object>();
		s.put("applicationId", applicationId);
		s.put("registrationNumber", registrationNumber);
		s.put("title", title);
		s.put("programme", programmeCode);
		s.put("year", year);
		s.put("amount", amount);
		s.put("period", periodStart + "–" + periodEnd);
		s.put("reportDueDate", reportDueDate == null ? null : reportDueDate.toString());
		if (reportDueDateReason != null) {
			s.put("reportDueDateReason", reportDueDateReason);
		}
		s.put("decidedOn", decidedOn.toString());
		s.put("paragraph", paragraph);
		s.put("status", status.name());
		s.put("origin", origin.name());
		s.put("partners", partnerOrganisationIds.stream().map(UUID::toString).sorted().toList());
		if (repaymentNotified != null) {
			s.put("repaymentNotified", repaymentNotified);
			s.put("repaymentNotifiedOn", repaymentNotifiedOn.toString());
			s.put("repaymentNote", repaymentNote);
			s.put("repaymentNoticeLate", repaymentNoticeLate);
		}
		return s;
	}

	public UUID id() {
		return id;
	}

	public long version() {
		return version;
	}

	public UUID applicationId() {
		return applicationId;
	}

	public UUID callId() {
		return callId;
	}

	public Origin origin() {
		return origin;
	}

	public String targetGroup() {
		return targetGroup;
	}

	public String purpose() {
		return purpose;
	}

	public String area() {
		return area;
	}

	/** The partner organisations beside the lead (samverkanspartner), never the lead itself. */
	public Set<UUID> partnerOrganisationIds() {
		return Set.copyOf(partnerOrganisationIds);
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String registrationNumber() {
		return registrationNumber;
	}

	public String title() {
		return title;
	}

	public String programmeCode() {
		return programmeCode;
	}

	public int year() {
		return year;
	}

	public long amount() {
		return amount;
	}

	public LocalDate periodStart() {
		return periodStart;
	}

	public LocalDate periodEnd() {
		return periodEnd;
	}

	public LocalDate reportDueDate() {
		return reportDueDate;
	}

	public LocalDate decidedOn() {
		return decidedOn;
	}

	public String paragraph() {
		return paragraph;
	}

	public UUID decisionDocumentId() {
		return decisionDocumentId;
	}

	public GrantStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
