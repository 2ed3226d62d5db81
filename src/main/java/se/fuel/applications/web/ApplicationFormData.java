package se.fuel.applications.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.fuel.applications.ApplicationContent;
import se.fuel.calls.ApplicationSection;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormInput;

/**
 * The application form as typed: every field a string so that what the applicant wrote is kept when a format is
 * wrong, turned into {@link ApplicationContent}; amounts and dates are read by {@link FormInput}.
 */
public class ApplicationFormData {

	static final int MIN_BUDGET_ROWS = 3;

	private String title;
	private String contactName;
	private String contactEmail;
	private String contactPhone;
	private Map<String, String> texts = new java.util.HashMap<>();
	private List<String> priorityAreas = new ArrayList<>();
	private List<String> partnerOrganisationIds = new ArrayList<>();
	private List<Line> budgetLines = new ArrayList<>();
	private String requestedAmount;
	private String startDate;
	private String endDate;
	private String destination;
	private String participantCount;
	private String participantRoles;
	private boolean declaredNotCourseOrConference;
	/** The version the form was opened at, sent back so that a save on an older copy is refused. */
	private Long version;

	/** A budget row as typed. */
	public static class Line {

		private String description;

		private String amount;

		public Line() {
		}

		Line(String description, String amount) {
			this.description = description;
			this.amount = amount;
		}

		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public String getAmount() { return amount; }
		public void setAmount(String amount) { this.amount = amount; }

		boolean blank() {
			return (description == null || description.isBlank()) && (amount == null || amount.isBlank());
		}
	}

	static ApplicationFormData of(ApplicationContent c) {
		var f = new ApplicationFormData();
		f.title = c.title();
		f.contactName = c.contactName();
		f.contactEmail = c.contactEmail();
		f.contactPhone = c.contactPhone();
		c.texts().forEach((s, t) -> f.texts.put(s.name(), t));
		f.priorityAreas = new ArrayList<>(c.priorityAreas());
		f.partnerOrganisationIds = new ArrayList<>(c.partnerOrganisationIds().stream().map(UUID::toString).toList());
		c.budgetLines().forEach(l -> f.budgetLines.add(new Line(l.description(), Long.toString(l.amount()))));
		f.requestedAmount = c.requestedAmount() == null ? null : c.requestedAmount().toString();
		f.startDate = c.startDate() == null ? null : c.startDate().toString();
		f.endDate = c.endDate() == null ? null : c.endDate().toString();
		f.destination = c.destination();
		f.participantCount = c.participantCount() == null ? null : c.participantCount().toString();
		f.participantRoles = c.participantRoles();
		f.declaredNotCourseOrConference = c.notCourseOrConference();
		return f;
	}

	/** Pads the budget with empty rows so the form always offers a few, plus {@code extra} more. */
	void padBudget(int extra) {
		budgetLines.removeIf(l -> l == null);
		int rows = Math.max(MIN_BUDGET_ROWS, (int) budgetLines.stream().filter(l -> !l.blank()).count() + 1) + extra;
		while (budgetLines.size() < rows) {
			budgetLines.add(new Line());
		}
	}

	ApplicationContent toContent() {
		var v = new ArrayList<Violation>();
		var sections = new EnumMap<ApplicationSection, String>(ApplicationSection.class);
		for (ApplicationSection s : ApplicationSection.values()) {
			String t = texts.get(s.name());
			if (t != null && !t.isBlank()) {
				sections.put(s, t.strip());
			}
		}
		var lines = new ArrayList<ApplicationContent.Line>();
		for (int i = 0; i < budgetLines.size(); i++) {
			Line l = budgetLines.get(i);
			if (l == null || l.blank()) {
				continue;
			}
			Long amount = FormInput.kronor(l.amount, "budgetLines",
					Text.of("applications.input.budgetLineAmount", String.valueOf(i + 1)), v);
			lines.add(new ApplicationContent.Line(l.description == null ? "" : l.description.strip(),
					amount == null ? 0 : amount));
		}
		Long requested = FormInput.kronor(requestedAmount, "requestedAmount",
				Text.of("applications.label.requestedAmount"), v);
		LocalDate start = FormInput.date(startDate, "startDate", Text.of("applications.label.startDate"), v);
		LocalDate end = FormInput.date(endDate, "endDate", Text.of("applications.label.endDate"), v);
		Integer participants = participants(v);
		var partners = new LinkedHashSet<UUID>();
		for (String p : partnerOrganisationIds) {
			try {
				partners.add(UUID.fromString(p));
			}
			catch (IllegalArgumentException e) {
				v.add(Violation.of("partnerOrganisationIds", "organisation", "applications.input.partner"));
			}
		}
		if (!v.isEmpty()) {
			throw new ViolationException(v);
		}
		return new ApplicationContent(trim(title), trim(contactName), trim(contactEmail), trim(contactPhone), sections,
				List.copyOf(priorityAreas), lines, requested, start, end, partners, trim(destination), participants,
				trim(participantRoles), declaredNotCourseOrConference);
	}

	/** The number of participants, said in the form's own words when it is not a whole number. */
	private Integer participants(List<Violation> v) {
		var unreadable = new ArrayList<Violation>();
		Integer participants = FormInput.integer(participantCount, "participantCount", null, unreadable);
		if (!unreadable.isEmpty()) {
			v.add(Violation.of("participantCount", "number", "applications.input.participantCount"));
		}
		return participants;
	}

	private static String trim(String s) {
		return FormInput.blankToNull(s);
	}

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String text(String section) { return texts.get(section); }

	// The text sections bind by their own names (targetGroup, problem…) so that form field names match the API.
	public String getTargetGroup() { return texts.get("targetGroup"); }
	public void setTargetGroup(String t) { texts.put("targetGroup", t); }
	public String getProblem() { return texts.get("problem"); }
	public void setProblem(String t) { texts.put("problem", t); }
	public String getGoals() { return texts.get("goals"); }
	public void setGoals(String t) { texts.put("goals", t); }
	public String getMethod() { return texts.get("method"); }
	public void setMethod(String t) { texts.put("method", t); }
	public String getResearchLink() { return texts.get("researchLink"); }
	public void setResearchLink(String t) { texts.put("researchLink", t); }
	public String getGenderAnalysis() { return texts.get("genderAnalysis"); }
	public void setGenderAnalysis(String t) { texts.put("genderAnalysis", t); }
	public String getImplementationPlan() { return texts.get("implementationPlan"); }
	public void setImplementationPlan(String t) { texts.put("implementationPlan", t); }
	public String getPurpose() { return texts.get("purpose"); }
	public void setPurpose(String t) { texts.put("purpose", t); }
	public List<String> getPriorityAreas() { return priorityAreas; }
	public void setPriorityAreas(List<String> priorityAreas) { this.priorityAreas = priorityAreas; }
	public List<String> getPartnerOrganisationIds() { return partnerOrganisationIds; }
	public void setPartnerOrganisationIds(List<String> ids) { this.partnerOrganisationIds = ids; }
	public List<Line> getBudgetLines() { return budgetLines; }
	public void setBudgetLines(List<Line> budgetLines) { this.budgetLines = budgetLines; }
	public String getRequestedAmount() { return requestedAmount; }
	public void setRequestedAmount(String requestedAmount) { this.requestedAmount = requestedAmount; }
	public String getStartDate() { return startDate; }
	public void setStartDate(String startDate) { this.startDate = startDate; }
	public String getEndDate() { return endDate; }
	public void setEndDate(String endDate) { this.endDate = endDate; }
	public String getDestination() { return destination; }
	public void setDestination(String destination) { this.destination = destination; }
	public String getParticipantCount() { return participantCount; }
	public void setParticipantCount(String participantCount) { this.participantCount = participantCount; }
	public String getParticipantRoles() { return participantRoles; }
	public void setParticipantRoles(String participantRoles) { this.participantRoles = participantRoles; }
	public boolean isDeclaredNotCourseOrConference() { return declaredNotCourseOrConference; }
	public void setDeclaredNotCourseOrConference(boolean b) { this.declaredNotCourseOrConference = b; }
}
