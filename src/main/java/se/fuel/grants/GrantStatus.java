package se.fuel.grants;

import se.fuel.common.Text;

/**
 * Where a grant stands in its life after the committee's decision: granted, paid, in progress, report handed in,
 * report approved or returned for completion, closed. Which moves are allowed is the policy
 * {@code grants/rules/GrantStatusTransitions}. The names people read are the bundle's {@code grants.status.*}.
 */
public enum GrantStatus {
	/** The committee granted the amount; nothing paid or reported yet. */
	GRANTED,
	/** The first payment went out. */
	PAID,
	/** The project or study visit is under way. */
	IN_PROGRESS,
	/** The organisation handed in its report. */
	REPORT_HANDED_IN,
	/** The officer approved the report. */
	APPROVED,
	/** The officer returned the report for completion. */
	RETURNED_FOR_COMPLETION,
	/** Closed, nothing more is expected. */
	CLOSED;

	/** The status as people read it, e.g. "Pågår". */
	public Text label() {
		return Text.of("grants.status." + name());
	}

	/** The status within a sentence, e.g. "pågår". */
	public Text inSentence() {
		return Text.of("grants.status.inSentence." + name());
	}
}
