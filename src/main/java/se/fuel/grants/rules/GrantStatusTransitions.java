package se.fuel.grants.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.grants.GrantStatus;

/**
 * Which status a grant may move to from where it stands: granted → paid → in progress → report handed in → approved
 * or returned for completion (which comes back as a new report) → closed. A grant may also be marked in progress
 * straight after the decision (paid outside Fuel) and closed once its report is approved. A granted grant may also
 * hand its report in directly: payments may go outside Fuel and nobody marked it as paid or under way.
 */
public final class GrantStatusTransitions implements Rule<GrantStatusTransitions.Move> {

	public static final String RULE = "status-transition";

	/** A grant moving from one status to another. */
	public record Move(GrantStatus from, GrantStatus to) {
	}

	private static final Map<GrantStatus, Set<GrantStatus>> ALLOWED = Map.of(
			GrantStatus.GRANTED, EnumSet.of(GrantStatus.PAID, GrantStatus.IN_PROGRESS, GrantStatus.REPORT_HANDED_IN),
			GrantStatus.PAID, EnumSet.of(GrantStatus.IN_PROGRESS, GrantStatus.REPORT_HANDED_IN),
			GrantStatus.IN_PROGRESS, EnumSet.of(GrantStatus.REPORT_HANDED_IN),
			GrantStatus.REPORT_HANDED_IN, EnumSet.of(GrantStatus.APPROVED, GrantStatus.RETURNED_FOR_COMPLETION),
			GrantStatus.RETURNED_FOR_COMPLETION, EnumSet.of(GrantStatus.REPORT_HANDED_IN),
			GrantStatus.APPROVED, EnumSet.of(GrantStatus.CLOSED),
			GrantStatus.CLOSED, EnumSet.noneOf(GrantStatus.class));

	/** Whether the move is allowed; the money page asks it to offer only the moves that are. */
	public static boolean allowed(GrantStatus from, GrantStatus to) {
		return ALLOWED.get(from).contains(to);
	}

	@Override
	public List<Violation> check(Move move) {
		if (allowed(move.from(), move.to())) {
			return List.of();
		}
		return List.of(Violation.of("status", RULE, "grants.rule.statusTransition", move.from().inSentence(),
				move.to().inSentence()));
	}
}
