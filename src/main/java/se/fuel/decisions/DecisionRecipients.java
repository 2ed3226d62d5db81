package se.fuel.decisions;

import java.util.UUID;

/**
 * Who a decision mail about an application reaches: the lead organisation's users, the partners' users and the
 * contact person the application names, less those who cannot be reached. Declared here, where the officer sees it
 * before recording the decision, and implemented by the mail module, which sends the mails to exactly these: mail
 * depends on decisions, so decisions calling mail would close a cycle.
 */
public interface DecisionRecipients {

	DecisionNotice.Reach reach(UUID applicationId, UUID leadOrganisationId);
}
