package se.fuel.mail.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fuel.applications.SubmittedApplications;
import se.fuel.decisions.DecisionNotice.Gap;
import se.fuel.decisions.DecisionNotice.Reach;
import se.fuel.decisions.DecisionNotice.Reason;
import se.fuel.decisions.DecisionNotice.Recipient;
import se.fuel.decisions.DecisionNotice.Unreached;
import se.fuel.decisions.DecisionRecipients;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.mail.MailKind;
import se.fuel.organisations.Organisations;

/**
 * The lead organisation's users, the partners' users and the application's contact person, each address once; the
 * same list the officer is shown before recording and the decision mails go to.
 */
@Component
class DecisionMailRecipients implements DecisionRecipients {

	private final Identity identity;

	private final MailPreferences preferences;

	private final SubmittedApplications applications;

	private final Organisations organisations;

	DecisionMailRecipients(Identity identity, MailPreferences preferences, SubmittedApplications applications,
			Organisations organisations) {
		this.identity = identity;
		this.preferences = preferences;
		this.applications = applications;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Reach> reach(Map<UUID, UUID> leadByApplication) {
		List<Identity.UserSummary> applicants = identity.usersWithRole(Role.APPLICANT);
		Set<UUID> optedOut = preferences.optedOut(MailKind.DECISION_OUTCOME);
		var reach = new LinkedHashMap<UUID, Reach>();
		leadByApplication.forEach((applicationId, lead) -> {
			var found = new Found(applicants, optedOut);
			found.users(lead, Reason.LEAD_ORGANISATION);
			applications.partnersOf(applicationId).forEach(partner -> found.users(partner, Reason.PARTNER_ORGANISATION));
			applications.contactOf(applicationId)
				.ifPresent(c -> found.add(new Recipient(null, c.name(), c.email(), Reason.CONTACT_PERSON)));
			reach.put(applicationId, new Reach(List.copyOf(found.recipients), List.copyOf(found.unreached)));
		});
		return reach;
	}

	private final class Found {

		final List<Identity.UserSummary> applicants;

		final Set<UUID> optedOut;

		final List<Recipient> recipients = new ArrayList<>();

		final List<Unreached> unreached = new ArrayList<>();

		final Set<String> addresses = new HashSet<>();

		Found(List<Identity.UserSummary> applicants, Set<UUID> optedOut) {
			this.applicants = applicants;
			this.optedOut = optedOut;
		}

		void users(UUID organisationId, Reason reason) {
			var users = applicants.stream().filter(u -> organisationId.equals(u.organisationId())).toList();
			if (users.isEmpty()) {
				unreached.add(new Unreached(organisations.nameOf(organisationId), Gap.NO_ACCOUNT));
			}
			for (var user : users) {
				if (optedOut.contains(user.id())) {
					unreached.add(new Unreached(user.displayName(), Gap.OPTED_OUT));
				}
				else if (!StringUtils.hasText(user.email())) {
					unreached.add(new Unreached(user.displayName(), Gap.NO_ADDRESS));
				}
				else {
					add(new Recipient(user.id(), user.displayName(), user.email(), reason));
				}
			}
		}

		/** The first reason to mail an address wins: a contact person who is also a user gets one mail. */
		void add(Recipient recipient) {
			if (addresses.add(recipient.address().strip().toLowerCase(Locale.ROOT))) {
				recipients.add(recipient);
			}
		}
	}
}
