package se.fuel.mail.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.ApplicationSubmitted;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.grants.GrantReminderDue;
import se.fuel.grants.ReportApproved;
import se.fuel.grants.ReportReturned;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers;
import se.fuel.mail.Mail;
import se.fuel.mail.MailKind;
import se.fuel.mail.OutgoingMail;

/**
 * Mails the applicants about what happens to their applications and their grants' reports. Plain listeners in the publisher's transaction, so
 * the outbox row commits (or rolls back) together with the change it tells about.
 */
@Component
class MailListeners {

	static final String SIGNATURE = "\n\nMed vänlig hälsning\nFoU-handläggarna, Socialförvaltningen";

	private final Mail mail;

	private final Identity identity;

	private final String baseUrl;

	MailListeners(Mail mail, Identity identity, @Value("${fuel.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.identity = identity;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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

	@EventListener
	void on(ReportApproved event) {
		StringBuilder body = new StringBuilder();
		body.append("Redovisningen av de beviljade medlen för ").append(grantName(event.registrationNumber(),
				event.title())).append(" är godkänd.");
		if (event.coordinatorComment() != null && !event.coordinatorComment().isBlank()) {
			body.append("\n\nSamordnarens kommentar:\n").append(event.coordinatorComment());
		}
		body.append("\n\nEn godkänd redovisning är en förutsättning för att kunna ansöka om och beviljas medel "
				+ "kommande år.").append(SIGNATURE);
		toApplicants(event.organisationId(), MailKind.REPORT_APPROVED,
				"Redovisning godkänd: " + grantName(event.registrationNumber(), event.title()), body.toString(),
				"Grant", event.grantId());
	}

	@EventListener
	void on(ReportReturned event) {
		String name = grantName(event.registrationNumber(), event.title());
		toApplicants(event.organisationId(), MailKind.REPORT_RETURNED, "Komplettera redovisningen: " + name,
				"Redovisningen av de beviljade medlen för " + name + " har skickats tillbaka för komplettering."
						+ "\n\nHandläggarens meddelande:\n" + event.message()
						+ "\n\nLogga in i Fuel, komplettera redovisningen och lämna in den igen." + SIGNATURE,
				"Grant", event.grantId());
	}

	@EventListener
	void on(GrantReminderDue event) {
		identity.usersWithRole(Role.APPLICANT).stream()
			.filter(u -> event.organisationId().equals(u.organisationId()))
			.forEach(u -> mail.send(OutgoingMail.toUser(u.id(), u.displayName(), MailKind.REMINDER, event.subject(),
					event.body(), "Grant", event.grantId())));
	}

	/** One mail per subscriber, however many of their subscriptions the item matched. */
	@EventListener
	void on(KnowledgeItemPublishedToSubscribers event) {
		for (KnowledgeItemPublishedToSubscribers.Subscriber s : event.subscribers()) {
			identity.user(s.userId()).ifPresent(u -> mail.send(new OutgoingMail(u.id(), u.email(), u.displayName(),
					MailKind.KNOWLEDGE_PUBLISHED, "Nytt i kunskapsbanken: " + event.title(),
					"Hej " + u.displayName() + "!\n\nEtt nytt objekt har publicerats i kunskapsbanken:\n\n"
							+ event.title() + " (" + event.kindName() + ")\n" + baseUrl + event.path()
							+ "\n\nDärför får du brevet:\n- "
							+ String.join("\n- ", s.reasons())
							+ "\n\nDina bevakningar ändrar du under Mina bevakningar: " + baseUrl
							+ "/knowledge/subscriptions" + SIGNATURE,
					"KnowledgeItem", event.itemId())));
		}
	}

	private void toApplicants(UUID organisationId, MailKind kind, String subject, String body, UUID applicationId) {
		toApplicants(organisationId, kind, subject, body, "Application", applicationId);
	}

	private void toApplicants(UUID organisationId, MailKind kind, String subject, String body, String relatedType,
			UUID relatedId) {
		identity.usersWithRole(Role.APPLICANT).stream()
			.filter(u -> organisationId != null && organisationId.equals(u.organisationId()))
			.forEach(u -> mail.send(new OutgoingMail(u.id(), u.email(), u.displayName(), kind, subject,
					"Hej " + u.displayName() + "!\n\n" + body, relatedType, relatedId)));
	}

	private static String grantName(String registrationNumber, String title) {
		return (registrationNumber == null ? "" : registrationNumber + " ") + "\"" + title + "\"";
	}
}
