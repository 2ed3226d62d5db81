package se.fuel.calls.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * Reports and repayment notices concern granted money, so their dates fall after the call has closed.
 */
public final class FollowUpDatesAfterClosing implements CallRule {

	@Override
	public List<Violation> check(CallInput c) {
		var found = new ArrayList<Violation>();
		if (c.closesAt() == null) {
			return found;
		}
		LocalDate closing = c.closesAt().atZone(SwedishFormat.ZONE).toLocalDate();
		if (c.reportDueDate() != null && !c.reportDueDate().isAfter(closing)) {
			found.add(new Violation("reportDueDate", "report-due-after-closing",
					"Fältet ”Sista dag för rapport” måste vara efter att utlysningen stänger (" + closing + ")."));
		}
		if (c.repaymentNoticeDate() != null && !c.repaymentNoticeDate().isAfter(closing)) {
			found.add(new Violation("repaymentNoticeDate", "repayment-notice-after-closing",
					"Fältet ”Sista dag för besked om återbetalning” måste vara efter att utlysningen stänger (" + closing
							+ ")."));
		}
		return found;
	}
}
