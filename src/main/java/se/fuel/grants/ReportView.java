package se.fuel.grants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A grant's report (redovisning) with its computed sums.
 *
 * @param remainder granted minus actually spent over the budget lines, never negative: the suggested repayment
 * @param returnMessage the officer's message when returning it for completion
 * @param coordinatorComment samordnarens kommentar, written on approval
 * @param version the version it was read at (-1 before the first save), which a change may name to be refused when
 * someone saved since
 */
public record ReportView(UUID grantId, ReportStatus status, ReportInput content, List<OutcomeCategory> categories,
		ReportTotals totals, long remainder, String returnMessage, String coordinatorComment, Instant submittedAt,
		Instant decidedAt, long version) {
}
