package se.fuel.mail.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.ApplicationSubmitted;
import se.fuel.assessment.CouncilMemberAssigned;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.AttestationRequested;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionNotice.Recipient;
import se.fuel.decisions.DecisionRecipients;
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
 * Mails the applicants about what happens to their applications and their grants' reports (a decision also to the
 * partners and the contact person the application names, as {@link DecisionRecipients} lists them). Plain listeners in the
 * publisher's transaction, so the outbox row commits (or rolls back) together with the change it tells about. The
 * texts come from {@code i18n/mail/messages_sv.properties}, in Swedish: the recipients are the city's staff.
 */
@Component
class MailListeners {

	private final Mail mail;

	private final Identity identity;

	private final MessageSource messages;

	private final String baseUrl;

	private final DecisionRecipients recipients;

	MailListeners(Mail mail, Identity identity, MessageSource messages,
			@Value("${fuel.base-url:http://localhost:8080}") String baseUrl, DecisionRecipients recipients) {
		this.mail = mail;
		this.recipients = recipients;
		this.identity = identity;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		String text = event.resubmission() ? "mail.text.resubmitted" : "mail.text.submitted";
		identity.currentIfAny().ifPresent(me -> mail.send(OutgoingMail.toUser(me.userId(), me.displayName(),
				MailKind.SUBMISSION_RECEIPT, text(text + ".subject", event.registrationNumber()),
				text("mail.text.greeting", me.displayName())
						+ text(text + ".body", event.registrationNumber(), SwedishFormat.dateTime(event.submittedAt()),
								SwedishFormat.kronor(event.requestedAmount()))
						+ text("mail.text.signature"),
				"Application", event.applicationId())));
	}

	@EventListener
	void on(ApplicationReturned event) {
		toApplicants(event.organisationId(), MailKind.RETURNED_FOR_COMPLETION,
				text("mail.text.returned.subject", event.registrationNumber()),
				text("mail.text.returned.body", event.registrationNumber(), event.title(), event.message())
						+ text("mail.text.signature"),
				"Application", event.applicationId());
	}

	@EventListener
	void on(CommitteeDecided event) {
		var leads = new LinkedHashMap<UUID, UUID>();
		event.outcomes().forEach(o -> leads.put(o.applicationId(), o.organisationId()));
		var reach = recipients.reach(leads);
		for (ApplicationOutcome o : event.outcomes()) {
			String outcome = text("mail.text.outcome." + o.outcome().name());
			StringBuilder body = new StringBuilder(
					text("mail.text.decision.body", o.registrationNumber(), o.title(), outcome));
			if (o.outcome() != DecisionOutcome.REJECTED) {
				body.append(text("mail.text.decision.amount", SwedishFormat.kronor(o.amount()),
						SwedishFormat.kronor(o.requestedAmount())));
			}
			if (o.reason() != null && !o.reason().isBlank()) {
				body.append(text("mail.text.decision.reason", o.reason()));
			}
			LocalDate decided = o.decidedOn() != null ? o.decidedOn() : event.decidedOn();
			String paragraph = o.paragraph() != null ? o.paragraph() : event.paragraph();
			body.append(text("mail.text.decision.date", SwedishFormat.date(decided)));
			if (paragraph != null && !paragraph.isBlank()) {
				body.append(text("mail.text.decision.paragraph", paragraph));
			}
			body.append(text("mail.text.decision.where")).append(text("mail.text.signature"));
			String subject = text("mail.text.decision.subject", o.registrationNumber(), outcome);
			for (Recipient r : reach.get(o.applicationId()).recipients()) {
				mail.send(new OutgoingMail(r.userId(), r.address(), r.name(), MailKind.DECISION_OUTCOME, subject,
						greeting(r.name()) + body, "Application", o.applicationId()));
			}
		}
	}

	@EventListener
	void on(ReportApproved event) {
		String grant = grantName(event.registrationNumber(), event.title());
		StringBuilder body = new StringBuilder(text("mail.text.reportApproved.body", grant));
		if (event.coordinatorComment() != null && !event.coordinatorComment().isBlank()) {
			body.append(text("mail.text.reportApproved.comment", event.coordinatorComment()));
		}
		body.append(text("mail.text.reportApproved.condition")).append(text("mail.text.signature"));
		toApplicants(event.organisationId(), MailKind.REPORT_APPROVED, text("mail.text.reportApproved.subject", grant),
				body.toString(), "Grant", event.grantId());
	}

	@EventListener
	void on(ReportReturned event) {
		String grant = grantName(event.registrationNumber(), event.title());
		toApplicants(event.organisationId(), MailKind.REPORT_RETURNED, text("mail.text.reportReturned.subject", grant),
				text("mail.text.reportReturned.body", grant, event.message()) + text("mail.text.signature"), "Grant",
				event.grantId());
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
					MailKind.KNOWLEDGE_PUBLISHED, text("mail.text.knowledge.subject", event.title()),
					text("mail.text.greeting", u.displayName())
							+ text("mail.text.knowledge.body", event.title(),
									text("mail.text.knowledgeKind." + event.kind().name()), baseUrl + event.path(),
									String.join("\n- ", s.reasons()), baseUrl + "/knowledge/subscriptions")
							+ text("mail.text.signature"),
					"KnowledgeItem", event.itemId())));
		}
	}

	/** The member learns of the review; the application's texts stay in Fuel, behind the link. */
	@EventListener
	void on(CouncilMemberAssigned event) {
		identity.user(event.memberId()).ifPresent(u -> mail.send(new OutgoingMail(u.id(), u.email(), u.displayName(),
				MailKind.COUNCIL_ASSIGNMENT, text("mail.text.council.subject", event.registrationNumber()),
				text("mail.text.greeting", u.displayName())
						+ text("mail.text.council.body", event.registrationNumber(), event.title(),
								baseUrl + "/council/" + event.applicationId())
						+ text("mail.text.signature"),
				"Application", event.applicationId())));
	}

	@EventListener
	void on(AttestationRequested event) {
		identity.user(event.attestantId()).ifPresent(u -> mail.send(new OutgoingMail(u.id(), u.email(),
				u.displayName(), MailKind.ATTESTATION_REQUEST,
				text("mail.text.attestation.subject", String.valueOf(event.year())),
				text("mail.text.greeting", u.displayName())
						+ text("mail.text.attestation.body", String.valueOf(event.year()), event.version(),
								baseUrl + "/decisions/attest")
						+ text("mail.text.signature"),
				"DecisionDocument", event.documentId())));
	}

	private void toApplicants(UUID organisationId, MailKind kind, String subject, String body, String relatedType,
			UUID relatedId) {
		identity.usersWithRole(Role.APPLICANT).stream()
			.filter(u -> organisationId != null && organisationId.equals(u.organisationId()))
			.forEach(u -> mail.send(new OutgoingMail(u.id(), u.email(), u.displayName(), kind, subject,
					text("mail.text.greeting", u.displayName()) + body, relatedType, relatedId)));
	}

	private String greeting(String name) {
		return StringUtils.hasText(name) ? text("mail.text.greeting", name) : text("mail.text.greeting.anonymous");
	}

	private String grantName(String registrationNumber, String title) {
		return registrationNumber == null ? text("mail.text.grant", title)
				: text("mail.text.grant.numbered", registrationNumber, title);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, SwedishFormat.SWEDISH);
	}
}
