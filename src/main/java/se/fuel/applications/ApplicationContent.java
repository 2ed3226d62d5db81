package se.fuel.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.fuel.calls.ApplicationSection;

/**
 * Everything an applicant writes in an application, as one value: what a draft is saved from and what the API and the
 * forms send. Any field may be empty in a draft; the eligibility check at submission says what is missing.
 */
public record ApplicationContent(String title, String contactName, String contactEmail, String contactPhone,
		Map<ApplicationSection, String> texts, List<String> priorityAreas, List<Line> budgetLines,
		Long requestedAmount, LocalDate startDate, LocalDate endDate, Set<UUID> partnerOrganisationIds,
		String destination, Integer participantCount, String participantRoles, boolean notCourseOrConference) {

	public ApplicationContent {
		texts = texts == null ? Map.of() : texts;
		priorityAreas = priorityAreas == null ? List.of() : priorityAreas;
		budgetLines = budgetLines == null ? List.of() : budgetLines;
		partnerOrganisationIds = partnerOrganisationIds == null ? Set.of() : partnerOrganisationIds;
	}

	/** A budget line as typed: what it is for and how many kronor. */
	public record Line(String description, long amount) {
	}

	public static ApplicationContent empty() {
		return new ApplicationContent(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, false);
	}
}
