package se.fuel.notifications.internal;

import java.util.List;

import se.fuel.applications.ApplicationReturned;
import se.fuel.assessment.CouncilMemberAssigned;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.AttestationRequested;
import se.fuel.grants.GrantReminderDue;
import se.fuel.grants.ReportApproved;
import se.fuel.grants.ReportReturned;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers;
import se.fuel.notifications.NotificationKind;

/**
 * What each event says and where it leads. Only names, numbers and dates go into the arguments, never a sentence: the
 * sentence is the message key's, in the reader's language.
 */
final class Notices {

	private Notices() {
	}

	static Notice returned(ApplicationReturned event) {
		return new Notice(NotificationKind.RETURNED_FOR_COMPLETION, "notifications.text.returned",
				List.of(event.registrationNumber(), event.title()), "/applications/" + event.applicationId());
	}

	static Notice decided(ApplicationOutcome outcome) {
		return new Notice(NotificationKind.DECISION_OUTCOME, "notifications.text.decision." + outcome.outcome().name(),
				List.of(outcome.registrationNumber(), outcome.title()), "/applications/" + outcome.applicationId());
	}

	static Notice reportApproved(ReportApproved event) {
		return new Notice(NotificationKind.REPORT_APPROVED, "notifications.text.reportApproved",
				List.of(grantName(event.registrationNumber(), event.title())), "/grants/" + event.grantId());
	}

	static Notice reportReturned(ReportReturned event) {
		return new Notice(NotificationKind.REPORT_RETURNED, "notifications.text.reportReturned",
				List.of(grantName(event.registrationNumber(), event.title())), "/grants/" + event.grantId());
	}

	static Notice reminder(GrantReminderDue event) {
		return new Notice(NotificationKind.REMINDER,
				event.repayment() ? "notifications.text.reminder.repayment" : "notifications.text.reminder.report",
				List.of(event.grantName(), event.dueDate() == null ? "" : SwedishFormat.date(event.dueDate())),
				"/grants/" + event.grantId());
	}

	static Notice knowledge(KnowledgeItemPublishedToSubscribers event) {
		return new Notice(NotificationKind.KNOWLEDGE_PUBLISHED, "notifications.text.knowledge",
				List.of(event.title()), event.path());
	}

	static Notice councilAssigned(CouncilMemberAssigned event) {
		return new Notice(NotificationKind.COUNCIL_ASSIGNMENT, "notifications.text.council",
				List.of(event.registrationNumber(), event.title()), "/council/" + event.applicationId());
	}

	static Notice attestationRequested(AttestationRequested event) {
		return new Notice(NotificationKind.ATTESTATION_REQUEST, "notifications.text.attestation",
				List.of(Integer.toString(event.year()), Integer.toString(event.version())),
				"/decisions/documents/" + event.documentId());
	}

	private static String grantName(String registrationNumber, String title) {
		return registrationNumber == null ? title : registrationNumber + " " + title;
	}
}
