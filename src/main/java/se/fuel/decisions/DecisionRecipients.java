package se.fuel.decisions;

import java.util.Map;
import java.util.UUID;

/**
 * Who a decision mail about an application reaches: the lead organisation's users, the partners' users and the
 * contact person the application names, less those who cannot be reached. Declared here, where the officer sees it
 * before recording the decision, and implemented by the mail module, which sends the mails to exactly these: mail
 * depends on decisions, so decisions calling mail would close a cycle.
 */
public interface DecisionRecipients {

	/**
	 * Who the decision on each application reaches, for a whole round at once (the accounts and opt-outs are read
	 * once, not per application).
	 *
	 * @param leadByApplication each application's lead organisation, in the order the answer keeps
	 */
	Map<UUID, DecisionNotice.Reach> reach(Map<UUID, UUID> leadByApplication);
}
