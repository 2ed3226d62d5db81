package se.fuel.grants.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import se.fuel.grants.GrantStatus;

/**
 * "Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år" (seeds/002), as the
 * grants see it: a grant's report stands in the way of its lead organisation's new applications once its due date has
 * passed and it is not approved. A report not yet due blocks nothing. A grant decided before Fuel never blocks: it was
 * followed up on paper (seeds/001), and whether its report was ever approved cannot be told from Fuel, so it must not
 * shut an organisation out of new funds twenty years later.
 */
public final class UnapprovedReportBlocksNewFunds {

	/** Why the report stands in the way. */
	public enum Blocking {
		/** The due date has passed and no report came in (or it was never handed in again after a return). */
		OVERDUE,
		/** The report came in, or came back for completion, but is not approved yet. */
		NOT_APPROVED
	}

	private static final Set<GrantStatus> APPROVED = Set.of(GrantStatus.GODKAND, GrantStatus.AVSLUTAD);

	private static final Set<GrantStatus> HANDED_IN = Set.of(GrantStatus.REDOVISNING_INLAMNAD,
			GrantStatus.KOMPLETTERING);

	private UnapprovedReportBlocksNewFunds() {
	}

	/** How the grant's report stands in the way on the day, or empty when it does not. */
	public static Optional<Blocking> check(Grant.Origin origin, GrantStatus status, LocalDate reportDueDate,
			LocalDate asOf) {
		if (origin != Grant.Origin.DECISION || reportDueDate == null || !reportDueDate.isBefore(asOf)
				|| APPROVED.contains(status)) {
			return Optional.empty();
		}
		return Optional.of(HANDED_IN.contains(status) ? Blocking.NOT_APPROVED : Blocking.OVERDUE);
	}

	public static Optional<Blocking> check(Grant grant, LocalDate asOf) {
		return check(grant.origin(), grant.status(), grant.reportDueDate(), asOf);
	}
}
