package se.fuel.grants.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * A repayment (återbetalning) is at least 1 krona and no more than what the organisation has: the amount paid out, or
 * the amount granted while nothing has been paid yet. What was already paid back leaves that much less room.
 */
public final class RepaymentWithinGrant implements Rule<RepaymentWithinGrant.Repayment> {

	public static final String RULE = "repayment-within-grant";

	/**
	 * A repayment to check.
	 * @param field the form field or JSON property of the amount
	 * @param label the field's label, named in the message
	 * @param alreadyRepaid what was already paid back; 0 for a notice, which states the whole amount
	 */
	public record Repayment(String field, Text label, long amount, long granted, long paid, long alreadyRepaid) {
	}

	/** The most that can be paid back: the amount paid, or the granted amount when nothing was paid. */
	public static long ceiling(long granted, long paid) {
		return paid > 0 ? paid : granted;
	}

	@Override
	public List<Violation> check(Repayment r) {
		long max = ceiling(r.granted(), r.paid());
		if (r.amount() < 1 || r.amount() > max) {
			return List.of(Violation.of(r.field(), RULE,
					r.paid() > 0 ? "grants.rule.repayment.withinPaid" : "grants.rule.repayment.withinGranted",
					r.label(), SwedishFormat.kronor(max)));
		}
		long room = max - r.alreadyRepaid();
		if (r.amount() > room) {
			return List.of(Violation.of(r.field(), RULE, "grants.rule.repayment.notYetRepaid", r.label(),
					SwedishFormat.kronor(Math.max(room, 0))));
		}
		return List.of();
	}
}
