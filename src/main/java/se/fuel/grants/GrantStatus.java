package se.fuel.grants;

/**
 * Where a grant stands in its life after the committee's decision: granted, paid, in progress, report handed in,
 * report approved or returned for completion, closed. Which moves are allowed is the policy
 * {@code GrantStatusTransitions}.
 */
public enum GrantStatus {
	/** Beviljad: the committee granted the amount; nothing paid or reported yet. */
	BEVILJAD("Beviljad"),
	/** Utbetald: the first payment went out. */
	UTBETALD("Utbetald"),
	/** Pågår: the project or study visit is under way. */
	PAGAR("Pågår"),
	/** Redovisning inlämnad: the organisation handed in its report. */
	REDOVISNING_INLAMNAD("Redovisning inlämnad"),
	/** Godkänd: the officer approved the report. */
	GODKAND("Godkänd"),
	/** Återskickad för komplettering: the officer returned the report for completion. */
	KOMPLETTERING("Återskickad för komplettering"),
	/** Avslutad: closed, nothing more is expected. */
	AVSLUTAD("Avslutad");

	private final String label;

	GrantStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
