package se.fuel.applications.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import se.fuel.applications.ApplicationContent;
import se.fuel.applications.ApplicationDetails;
import se.fuel.calls.ApplicationSection;
import se.fuel.common.web.EntityTags;

/** The JSON shapes of the applications API: the same fields as the form, by the same names. */
final class ApplicationJson {

	private ApplicationJson() {
	}

	record BudgetLine(String description, long amount) {
	}

	/**
	 * What a client sends to create or update a draft; every field may be left out in a draft.
	 * @param version the version the client read (as in the response), to refuse a save on an older copy; may be left out
	 */
	record Request(Long version, UUID callId, String title, String contactName, String contactEmail, String contactPhone,
			String targetGroup, String problem, String goals, String method, String researchLink,
			String genderAnalysis, String implementationPlan, String purpose, Long requestedAmount,
			List<BudgetLine> budgetLines, List<String> priorityAreas, List<UUID> partnerOrganisationIds,
			String destination, LocalDate startDate, LocalDate endDate, Integer participants,
			String participantRoles, Boolean notCourseOrConference) implements EntityTags.VersionedBody {

		ApplicationContent toContent() {
			var texts = new EnumMap<ApplicationSection, String>(ApplicationSection.class);
			put(texts, ApplicationSection.targetGroup, targetGroup);
			put(texts, ApplicationSection.problem, problem);
			put(texts, ApplicationSection.goals, goals);
			put(texts, ApplicationSection.method, method);
			put(texts, ApplicationSection.researchLink, researchLink);
			put(texts, ApplicationSection.genderAnalysis, genderAnalysis);
			put(texts, ApplicationSection.implementationPlan, implementationPlan);
			put(texts, ApplicationSection.purpose, purpose);
			var lines = budgetLines == null ? List.<ApplicationContent.Line>of()
					: budgetLines.stream().map(l -> new ApplicationContent.Line(l.description(), l.amount())).toList();
			return new ApplicationContent(title, contactName, contactEmail, contactPhone, texts, priorityAreas, lines,
					requestedAmount, startDate, endDate,
					partnerOrganisationIds == null ? null : new LinkedHashSet<>(partnerOrganisationIds), destination,
					participants, participantRoles, Boolean.TRUE.equals(notCourseOrConference));
		}

		private static void put(EnumMap<ApplicationSection, String> texts, ApplicationSection s, String text) {
			if (text != null && !text.isBlank()) {
				texts.put(s, text);
			}
		}
	}

	record Attachment(UUID id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
	}

	/** An application as the caller may see it. */
	record Response(UUID id, long version, UUID callId, String callTitle, String programmeCode, String status,
			String registrationNumber, Instant submittedAt, UUID leadOrganisationId, String leadOrganisation,
			List<UUID> partnerOrganisationIds, String title, String contactName, String contactEmail,
			String contactPhone, String targetGroup, String problem, String goals, String method, String researchLink,
			String genderAnalysis, String implementationPlan, String purpose, Long requestedAmount,
			List<BudgetLine> budgetLines, List<String> priorityAreas, String destination, LocalDate startDate,
			LocalDate endDate, Integer participants, String participantRoles, boolean notCourseOrConference,
			String returnedMessage, List<String> warnings, List<Attachment> attachments) {

		static Response of(ApplicationDetails a) {
			return new Response(a.id(), a.version(), a.call().id(), a.call().title(), a.call().programmeCode(),
					a.status().name(),
					a.registrationNumber(), a.submittedAt(), a.leadOrganisationId(), a.leadOrganisationName(),
					a.partners().stream().map(ApplicationDetails.Organisation::id).toList(), a.title(), a.contactName(),
					a.contactEmail(), a.contactPhone(), text(a, ApplicationSection.targetGroup),
					text(a, ApplicationSection.problem), text(a, ApplicationSection.goals),
					text(a, ApplicationSection.method), text(a, ApplicationSection.researchLink),
					text(a, ApplicationSection.genderAnalysis), text(a, ApplicationSection.implementationPlan),
					text(a, ApplicationSection.purpose), a.requestedAmount(),
					a.budgetLines().stream().map(l -> new BudgetLine(l.description(), l.amount())).toList(),
					a.priorityAreas(), a.destination(), a.startDate(), a.endDate(), a.participantCount(),
					a.participantRoles(), a.notCourseOrConference(), a.returnedMessage(), a.warnings(),
					a.attachments().stream().map(f -> new Attachment(f.id(), f.fileName(), f.contentType(),
							f.sizeBytes(), f.uploadedAt())).toList());
		}

		private static String text(ApplicationDetails a, ApplicationSection s) {
			return a.texts().get(s);
		}
	}

	/** One line of the list. */
	record Summary(UUID id, UUID callId, String callTitle, String programmeCode, int year, String status,
			String registrationNumber, UUID leadOrganisationId, String leadOrganisation, String title,
			Long requestedAmount, Instant submittedAt) {
	}

	record ReturnRequest(String message) {
	}
}
