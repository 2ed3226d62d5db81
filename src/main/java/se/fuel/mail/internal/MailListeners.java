package se.fuel.mail.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.ApplicationSubmitted;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.mail.Mail;
import se.fuel.mail.MailKind;
import se.fuel.mail.OutgoingMail;

/**
 * Mails the applicants about what happens to their applications. Plain listeners in the publisher's transaction, so
 * the outbox row commits (or rolls back) together with the change it tells about.
 */
@Component
class MailListeners {

	static final String SIGNATURE = "\n\nMed vänlig hälsning\nFoU-handläggarna, Socialförvaltningen";

	private final Mail mail;

	private final Identity identity;

	MailListeners(Mail mail, Identity identity) {
		this.mail = mail;
		this.identity = identity;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		identity.currentIfAny().ifPresent(me -> mail.send(OutgoingMail.toUser(me.userId(), me.displayName(),
				MailKind.SUBMISSION_RECEIPT,
				(event.resubmission() ? "Kompletterad ansökan mottagen: " : "Ansökan mottagen: ")
						+ event.registrationNumber(),
				"Hej " + me.displayName() + "!\n\nVi har tagit emot "
						+ (event.resubmission() ? "den kompletterade ansökan " : "ansökan ")
						+ event.registrationNumber() + " den " + SwedishFormat.dateTime(event.submittedAt())
						+ ".\nSökt belopp: " + SwedishFormat.kronor(event.requestedAmount())
						+ ".\n\nFoU-handläggarna går igenom ansökan och hör av sig om något behöver kompletteras."
						+ SIGNATURE,
				"Application", event.applicationId())));
	}

	@EventListener
	void on(ApplicationReturned event) {
		toApplicants(event.organisationId(), MailKind.RETURNED_FOR_COMPLETION,
				"Komplettera ansökan " + event.registrationNumber(),
				"Ansökan " + event.registrationNumber() + " \"" + event.title()
						+ "\" har skickats tillbaka för komplettering.\n\nHandläggarens meddelande:\n" + event.message()
						+ "\n\nLogga in i Fuel, komplettera ansökan och skicka in den igen." + SIGNATURE,
				event.applicationId());
	}

	@EventListener
	void on(CommitteeDecided event) {
		for (ApplicationOutcome o : event.outcomes()) {
			StringBuilder body = new StringBuilder();
			body.append("Nämnden har fattat beslut om ansökan ").append(o.registrationNumber()).append(" \"")
				.append(o.title()).append("\".\n\nBeslut: ").append(o.outcome().label());
			if (o.outcome() != DecisionOutcome.REJECTED) {
				body.append("\nBeviljat belopp: ").append(SwedishFormat.kronor(o.amount())).append(" (sökt ")
					.append(SwedishFormat.kronor(o.requestedAmount())).append(")");
			}
			if (o.reason() != null && !o.reason().isBlank()) {
				body.append("\nMotivering: ").append(o.reason());
			}
			LocalDate decided = o.decidedOn() != null ? o.decidedOn() : event.decidedOn();
			String paragraph = o.paragraph() != null ? o.paragraph() : event.paragraph();
			body.append("\nBeslutsdatum: ").append(SwedishFormat.date(decided));
			if (paragraph != null && !paragraph.isBlank()) {
				body.append("\nParagraf: ").append(paragraph);
			}
			body.append("\n\nBeslutet finns i Fuel under Beslut.").append(SIGNATURE);
			toApplicants(o.organisationId(), MailKind.DECISION_OUTCOME,
					"Beslut om ansökan " + o.registrationNumber() + ": " + o.outcome().label(), body.toString(),
					o.applicationId());
		}
	}

	private void toApplicants(UUID organisationId, MailKind kind, String subject, String body, UUID applicationId) {
		identity.usersWithRole(Role.APPLICANT).stream()
			.filter(u -> organisationId != null && organisationId.equals(u.organisationId()))
			.forEach(u -> mail.send(new OutgoingMail(u.id(), u.email(), u.displayName(), kind, subject,
					"Hej " + u.displayName() + "!\n\n" + body, "Application", applicationId)));
	}
}
