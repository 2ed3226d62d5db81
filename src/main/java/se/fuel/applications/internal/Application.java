package se.fuel.applications.internal;

import se.fuel.applications.ApplicationStatus;
import se.fuel.applications.ApplicationContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.calls.ApplicationSection;

/**
 * An application (ansökan) from a lead organisation, possibly with partner organisations, to one call: a project
 * (LUM, FoU) or a study visit (MUL). It is a draft until submitted; submitted, it gets a registration number and can
 * only be changed after an officer returns it for completion.
 */
@Entity
@Table(name = "application")
class Application {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "call_id", nullable = false)
	private UUID callId;

	@Column(name = "lead_organisation_id", nullable = false)
	private UUID leadOrganisationId;

	private String title;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	@ElementCollection
	@CollectionTable(name = "application_text", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "section")
	@Column(name = "body", nullable = false)
	private Map<ApplicationSection, String> texts = new EnumMap<>(ApplicationSection.class);

	@ElementCollection
	@CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<UUID> partnerOrganisationIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "application_priority_area", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@Column(name = "area", nullable = false)
	private List<String> priorityAreas = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "application_warning", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@Column(name = "message", nullable = false)
	private List<String> warnings = new ArrayList<>();

	private Long requestedAmount;

	private LocalDate startDate;

	private LocalDate endDate;

	private String destination;

	private Integer participantCount;

	private String participantRoles;

	private boolean notCourseOrConference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	private String registrationNumber;

	private Instant submittedAt;

	private String returnedMessage;

	private Instant returnedAt;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	private String demoNote;

	protected Application() {
	}

	Application(UUID callId, UUID leadOrganisationId, ApplicationContent content, Instant now) {
		this.id = UUID.randomUUID();
		this.callId = callId;
		this.leadOrganisationId = leadOrganisationId;
		this.status = ApplicationStatus.DRAFT;
		this.createdAt = now;
		apply(content, now);
	}

	/** Replaces what the applicant wrote; only while the application is a draft or returned for completion. */
	void edit(ApplicationContent content, Instant now) {
		if (!status.editable()) {
			throw new IllegalStateException("Application " + id + " is " + status + " and cannot be edited");
		}
		apply(content, now);
	}

	private void apply(ApplicationContent c, Instant now) {
		title = c.title();
		contactName = c.contactName();
		contactEmail = c.contactEmail();
		contactPhone = c.contactPhone();
		texts.clear();
		c.texts().forEach((section, text) -> {
			if (text != null && !text.isBlank()) {
				texts.put(section, text);
			}
		});
		priorityAreas.clear();
		priorityAreas.addAll(c.priorityAreas());
		budgetLines.clear();
		c.budgetLines().forEach(l -> budgetLines.add(new BudgetLine(l.description() == null ? "" : l.description(), l.amount())));
		requestedAmount = c.requestedAmount();
		startDate = c.startDate();
		endDate = c.endDate();
		partnerOrganisationIds.clear();
		partnerOrganisationIds.addAll(c.partnerOrganisationIds());
		partnerOrganisationIds.remove(leadOrganisationId);
		destination = c.destination();
		participantCount = c.participantCount();
		participantRoles = c.participantRoles();
		notCourseOrConference = c.notCourseOrConference();
		updatedAt = now;
	}

	/**
	 * Sends the application in. The registration number is kept from an earlier submission, so an application returned
	 * for completion keeps its number.
	 */
	void submit(Instant now, String newRegistrationNumber, List<String> warningMessages) {
		if (!status.editable()) {
			throw new IllegalStateException("Application " + id + " is " + status + " and cannot be submitted");
		}
		status = ApplicationStatus.SUBMITTED;
		submittedAt = now;
		if (registrationNumber == null) {
			registrationNumber = newRegistrationNumber;
		}
		warnings.clear();
		warnings.addAll(warningMessages);
		updatedAt = now;
	}

	void returnForCompletion(String message, Instant now) {
		if (status != ApplicationStatus.SUBMITTED) {
			throw new IllegalStateException("Application " + id + " is " + status + " and cannot be returned");
		}
		status = ApplicationStatus.RETURNED;
		returnedMessage = message;
		returnedAt = now;
		updatedAt = now;
	}

	/** The committee's decision; a decision recorded again (a new version of the document) may change it. */
	void decided(ApplicationStatus outcome, Instant now) {
		if (!outcome.decided()) {
			throw new IllegalArgumentException(outcome + " is not a decision");
		}
		if (!status.withTheFund()) {
			throw new IllegalStateException("Application " + id + " is " + status + " and cannot be decided");
		}
		status = outcome;
		updatedAt = now;
	}

	void withdraw(Instant now) {
		if (!status.editable()) {
			throw new IllegalStateException("Application " + id + " is " + status + " and cannot be withdrawn");
		}
		status = ApplicationStatus.WITHDRAWN;
		updatedAt = now;
	}

	void noteForDemo(String note) {
		this.demoNote = note;
	}

	/** The lead organisation and its partners: whoever may read the application. */
	Set<UUID> organisationsTakingPart() {
		var all = new HashSet<UUID>(partnerOrganisationIds);
		all.add(leadOrganisationId);
		return all;
	}

	public boolean involves(UUID organisationId) {
		return leadOrganisationId.equals(organisationId) || partnerOrganisationIds.contains(organisationId);
	}

	/** What the audit trail keeps of the application before and after a change. */
	public Map<String, Object> snapshot() {
		var s = new LinkedHashMap<String, Object>();
		s.put("status", status);
		s.put("registrationNumber", registrationNumber);
		s.put("title", title);
		s.put("contact", contactName == null ? null : contactName + " " + contactEmail + " " + contactPhone);
		s.put("requestedAmount", requestedAmount);
		s.put("budgetLines", budgetLines.stream().map(l -> l.description() + ": " + l.amount()).toList());
		s.put("priorityAreas", List.copyOf(priorityAreas));
		s.put("partners", partnerOrganisationIds.stream().map(UUID::toString).sorted().toList());
		s.put("startDate", startDate == null ? null : startDate.toString());
		s.put("endDate", endDate == null ? null : endDate.toString());
		var t = new LinkedHashMap<String, String>();
		texts.forEach((k, v) -> t.put(k.name(), v));
		s.put("texts", t);
		if (destination != null || participantCount != null) {
			s.put("destination", destination);
			s.put("participants", participantCount);
			s.put("participantRoles", participantRoles);
			s.put("notCourseOrConference", notCourseOrConference);
		}
		if (returnedMessage != null) {
			s.put("returnedMessage", returnedMessage);
		}
		return s;
	}

	public ApplicationContent content() {
		var textCopy = new EnumMap<ApplicationSection, String>(ApplicationSection.class);
		textCopy.putAll(texts);
		return new ApplicationContent(title, contactName, contactEmail, contactPhone, textCopy,
				List.copyOf(priorityAreas),
				budgetLines.stream().map(l -> new ApplicationContent.Line(l.description(), l.amount())).toList(),
				requestedAmount, startDate, endDate, Set.copyOf(partnerOrganisationIds), destination,
				participantCount, participantRoles, notCourseOrConference);
	}

	public UUID id() { return id; }
	public UUID callId() { return callId; }
	public UUID leadOrganisationId() { return leadOrganisationId; }
	public String title() { return title; }
	public String contactName() { return contactName; }
	public String contactEmail() { return contactEmail; }
	public String contactPhone() { return contactPhone; }
	public Map<ApplicationSection, String> texts() { return texts; }
	public Set<UUID> partnerOrganisationIds() { return partnerOrganisationIds; }
	public List<String> priorityAreas() { return priorityAreas; }
	public List<BudgetLine> budgetLines() { return budgetLines; }
	public List<String> warnings() { return warnings; }
	public Long requestedAmount() { return requestedAmount; }
	public LocalDate startDate() { return startDate; }
	public LocalDate endDate() { return endDate; }
	public String destination() { return destination; }
	public Integer participantCount() { return participantCount; }
	public String participantRoles() { return participantRoles; }
	public boolean notCourseOrConference() { return notCourseOrConference; }
	public ApplicationStatus status() { return status; }
	public String registrationNumber() { return registrationNumber; }
	public Instant submittedAt() { return submittedAt; }
	public String returnedMessage() { return returnedMessage; }
	public Instant returnedAt() { return returnedAt; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public long version() { return version; }
	public String demoNote() { return demoNote; }
}
