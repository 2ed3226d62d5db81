package se.fuel.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an application's budget: what the money is for, in whole kronor. */
@Embeddable
class BudgetLine {

	@Column(name = "description", nullable = false)
	private String description;

	@Column(name = "amount", nullable = false)
	private long amount;

	protected BudgetLine() {
	}

	public BudgetLine(String description, long amount) {
		this.description = description;
		this.amount = amount;
	}

	public String description() {
		return description;
	}

	public long amount() {
		return amount;
	}
}
