package se.fuel.notifications.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.CouncilMemberAssigned;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.AttestationRequested;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.grants.GrantReminderDue;
import se.fuel.grants.ReportApproved;
import se.fuel.grants.ReportReturned;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers;

/**
 * Turns the events the mail module mails about into notifications for the same users: the applicants of the
 * organisation concerned (for a decision also of the partners), the assigned council member, the attestant, the
 * subscriber. Plain listeners in the publisher's transaction, like the mail's, so a notification is kept exactly when
 * the change it tells about commits.
 */
@Component
class NotificationListeners {

	private final NotificationInbox inbox;

	private final Identity identity;

	private final SubmittedApplications applications;

	NotificationListeners(NotificationInbox inbox, Identity identity, SubmittedApplications applications) {
		this.inbox = inbox;
		this.identity = identity;
		this.applications = applications;
	}

	@EventListener
	void on(ApplicationReturned event) {
		inbox.deliver(applicantsOf(event.organisationId()), Notices.returned(event));
	}

	@EventListener
	void on(CommitteeDecided event) {
		List<Identity.UserSummary> applicants = identity.usersWithRole(Role.APPLICANT);
		for (ApplicationOutcome outcome : event.outcomes()) {
			Set<UUID> organisations = new LinkedHashSet<>();
			organisations.add(outcome.organisationId());
			organisations.addAll(applications.partnersOf(outcome.applicationId()));
			inbox.deliver(usersOf(applicants, organisations), Notices.decided(outcome));
		}
	}

	@EventListener
	void on(ReportApproved event) {
		inbox.deliver(applicantsOf(event.organisationId()), Notices.reportApproved(event));
	}

	@EventListener
	void on(ReportReturned event) {
		inbox.deliver(applicantsOf(event.organisationId()), Notices.reportReturned(event));
	}

	@EventListener
	void on(GrantReminderDue event) {
		inbox.deliver(applicantsOf(event.organisationId()), Notices.reminder(event));
	}

	@EventListener
	void on(KnowledgeItemPublishedToSubscribers event) {
		inbox.deliver(event.subscribers().stream().map(KnowledgeItemPublishedToSubscribers.Subscriber::userId).toList(),
				Notices.knowledge(event));
	}

	@EventListener
	void on(CouncilMemberAssigned event) {
		inbox.deliver(List.of(event.memberId()), Notices.councilAssigned(event));
	}

	@EventListener
	void on(AttestationRequested event) {
		inbox.deliver(List.of(event.attestantId()), Notices.attestationRequested(event));
	}

	/** A grant of the years before Fuel may have no organisation: then nobody is told. */
	private List<UUID> applicantsOf(UUID organisation) {
		return organisation == null ? List.of()
				: usersOf(identity.usersWithRole(Role.APPLICANT), Set.of(organisation));
	}

	private static List<UUID> usersOf(List<Identity.UserSummary> users, Set<UUID> organisations) {
		return users.stream()
			.filter(u -> u.organisationId() != null && organisations.contains(u.organisationId()))
			.map(Identity.UserSummary::id)
			.toList();
	}
}
