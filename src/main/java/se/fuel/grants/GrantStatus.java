package se.fuel.grants;

/**
 * Where a grant stands in its life after the committee's decision. Only the first state exists yet; the follow-up
 * (payments, reports, repayment) adds the later ones.
 */
public enum GrantStatus {
	/** Beviljad: the committee granted the amount; nothing paid or reported yet. */
	BEVILJAD("Beviljad");

	private final String label;

	GrantStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
