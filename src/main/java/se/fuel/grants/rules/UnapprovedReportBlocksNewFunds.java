package se.fuel.grants.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.grants.GrantStatus;

/**
 * "Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år", as the grants see it:
 * a grant's report stands in the way of its lead organisation's new applications once its due date has passed and it
 * is not approved. A report not yet due blocks nothing. A grant decided before Fuel never blocks: it was followed up
 * on paper, and whether its report was ever approved cannot be told from Fuel, so it must not shut an organisation
 * out of new funds twenty years later.
 */
public final class UnapprovedReportBlocksNewFunds implements Rule<UnapprovedReportBlocksNewFunds.GrantReport> {

	public static final String RULE = "unapproved-report-blocks-new-funds";

	/** Why the report stands in the way. */
	public enum Blocking {
		/** The due date has passed and no report came in (or it was never handed in again after a return). */
		OVERDUE,
		/** The report came in, or came back for completion, but is not approved yet. */
		NOT_APPROVED
	}

	/**
	 * A grant's report on a day.
	 * @param decidedInFuel the grant came from a decision recorded in Fuel, not from the time before it
	 * @param reportDueDate null when no report is due
	 */
	public record GrantReport(boolean decidedInFuel, GrantStatus status, LocalDate reportDueDate, LocalDate asOf) {
	}

	private static final Set<GrantStatus> APPROVED = Set.of(GrantStatus.APPROVED, GrantStatus.CLOSED);

	private static final Set<GrantStatus> HANDED_IN = Set.of(GrantStatus.REPORT_HANDED_IN,
			GrantStatus.RETURNED_FOR_COMPLETION);

	/** How the grant's report stands in the way on the day, or empty when it does not. */
	public Optional<Blocking> blocking(GrantReport g) {
		if (!g.decidedInFuel() || g.reportDueDate() == null || !g.reportDueDate().isBefore(g.asOf())
				|| APPROVED.contains(g.status())) {
			return Optional.empty();
		}
		return Optional.of(HANDED_IN.contains(g.status()) ? Blocking.NOT_APPROVED : Blocking.OVERDUE);
	}

	@Override
	public List<Violation> check(GrantReport g) {
		return blocking(g).map(b -> Violation.of("report", RULE,
				b == Blocking.OVERDUE ? "grants.rule.unapprovedReport.overdue" : "grants.rule.unapprovedReport.notApproved"))
			.stream()
			.toList();
	}
}
