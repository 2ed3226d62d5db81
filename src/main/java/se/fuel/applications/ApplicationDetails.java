package se.fuel.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.fuel.applications.ApplicationContent;
import se.fuel.applications.ApplicationStatus;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;

/**
 * An application as the caller may see it, with names resolved and what the caller may do with it.
 *
 * @param version the version read, which a save hands back so that a save on an older copy is refused
 * @param editable the caller is an applicant of the lead organisation and the application is a draft or returned
 * @param officer the caller is a fund officer (may return a submitted application for completion)
 */
public record ApplicationDetails(UUID id, long version, CallView call, UUID leadOrganisationId, String leadOrganisationName,
		List<Organisation> partners, String title, String contactName, String contactEmail, String contactPhone,
		Map<ApplicationSection, String> texts, List<String> priorityAreas, List<ApplicationContent.Line> budgetLines,
		Long requestedAmount, LocalDate startDate, LocalDate endDate, String destination, Integer participantCount,
		String participantRoles, boolean notCourseOrConference, ApplicationStatus status, String registrationNumber,
		Instant submittedAt, String returnedMessage, Instant returnedAt, List<String> warnings,
		List<AttachmentInfo> attachments, Instant createdAt, Instant updatedAt, String demoNote, boolean editable,
		boolean officer, ApplicationContent content) {

	public record Organisation(UUID id, String name) {
	}

	public record AttachmentInfo(UUID id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
			String uploadedBy) {
	}

	public long budgetTotal() {
		return budgetLines.stream().mapToLong(ApplicationContent.Line::amount).sum();
	}

	public boolean studyVisit() {
		return call.form() == se.fuel.calls.ApplicationForm.STUDY_VISIT;
	}

	public String text(ApplicationSection section) {
		return texts.getOrDefault(section, "");
	}
}
