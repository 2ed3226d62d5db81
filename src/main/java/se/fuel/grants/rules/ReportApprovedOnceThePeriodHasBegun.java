package se.fuel.grants.rules;

import java.time.LocalDate;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A report tells what the project did, so it cannot be approved before the project's period has begun. An officer
 * who knows better (a project that started early with other money, a period entered wrongly) may approve it anyway by
 * giving a reason, which the audit trail keeps with the approval.
 */
public final class ReportApprovedOnceThePeriodHasBegun implements Rule<ReportApprovedOnceThePeriodHasBegun.Approval> {

	public static final String RULE = "report-approved-once-the-period-has-begun";

	public static final String RULE_REASON_LENGTH = "override-reason-length";

	public static final int MAX_REASON = 2000;

	/**
	 * @param periodStart the first day of the grant's project period, {@code null} when unknown
	 * @param today the day of the approval
	 * @param overrideReason why the officer approves anyway, blank when none was given
	 */
	public record Approval(LocalDate periodStart, LocalDate today, String overrideReason) {

		/** Whether the approval goes against the rule, so that its reason is what lets it through. */
		public boolean beforePeriod() {
			return periodStart != null && today.isBefore(periodStart);
		}

		String reason() {
			return overrideReason == null ? "" : overrideReason.strip();
		}
	}

	@Override
	public List<Violation> check(Approval approval) {
		if (approval.reason().length() > MAX_REASON) {
			return List.of(Violation.of("overrideReason", RULE_REASON_LENGTH, "grants.rule.report.overrideReasonLength",
					MAX_REASON));
		}
		if (approval.beforePeriod() && approval.reason().isEmpty()) {
			return List.of(Violation.of("overrideReason", RULE, "grants.rule.report.beforePeriod",
					approval.periodStart().toString()));
		}
		return List.of();
	}
}
