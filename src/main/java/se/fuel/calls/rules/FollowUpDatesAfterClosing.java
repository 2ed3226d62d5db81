package se.fuel.calls.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * Reports and repayment notices concern granted money, so their dates fall after the call has closed.
 */
public final class FollowUpDatesAfterClosing implements Rule<CallInput> {

	@Override
	public List<Violation> check(CallInput c) {
		var found = new ArrayList<Violation>();
		if (c.closesAt() == null) {
			return found;
		}
		LocalDate closing = c.closesAt().atZone(SwedishFormat.ZONE).toLocalDate();
		if (c.reportDueDate() != null && !c.reportDueDate().isAfter(closing)) {
			found.add(Violation.of("reportDueDate", "report-due-after-closing", "calls.rule.reportDueAfterClosing",
					closing.toString()));
		}
		if (c.repaymentNoticeDate() != null && !c.repaymentNoticeDate().isAfter(closing)) {
			found.add(Violation.of("repaymentNoticeDate", "repayment-notice-after-closing",
					"calls.rule.repaymentNoticeAfterClosing", closing.toString()));
		}
		return found;
	}
}
