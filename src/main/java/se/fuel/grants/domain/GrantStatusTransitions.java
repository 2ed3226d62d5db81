package se.fuel.grants.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.fuel.common.Violation;
import se.fuel.grants.GrantStatus;

/**
 * Which status a grant may move to from where it stands: beviljad → utbetald → pågår → redovisning inlämnad →
 * godkänd or återskickad för komplettering (which comes back as a new report) → avslutad. A grant may also be marked
 * in progress straight after the decision (paid outside Fuel) and closed once its report is approved. A granted grant
 * may also hand its report in directly: payments may go outside Fuel and nobody marked it as paid or under way.
 */
public final class GrantStatusTransitions {

	private static final Map<GrantStatus, Set<GrantStatus>> ALLOWED = Map.of(
			GrantStatus.BEVILJAD, EnumSet.of(GrantStatus.UTBETALD, GrantStatus.PAGAR, GrantStatus.REDOVISNING_INLAMNAD),
			GrantStatus.UTBETALD, EnumSet.of(GrantStatus.PAGAR, GrantStatus.REDOVISNING_INLAMNAD),
			GrantStatus.PAGAR, EnumSet.of(GrantStatus.REDOVISNING_INLAMNAD),
			GrantStatus.REDOVISNING_INLAMNAD, EnumSet.of(GrantStatus.GODKAND, GrantStatus.KOMPLETTERING),
			GrantStatus.KOMPLETTERING, EnumSet.of(GrantStatus.REDOVISNING_INLAMNAD),
			GrantStatus.GODKAND, EnumSet.of(GrantStatus.AVSLUTAD),
			GrantStatus.AVSLUTAD, EnumSet.noneOf(GrantStatus.class));

	private GrantStatusTransitions() {
	}

	public static boolean allowed(GrantStatus from, GrantStatus to) {
		return ALLOWED.get(from).contains(to);
	}

	/** Why the move is not allowed, in Swedish, or empty when it is. */
	public static Optional<Violation> check(GrantStatus from, GrantStatus to) {
		if (allowed(from, to)) {
			return Optional.empty();
		}
		return Optional.of(new Violation("status", "status-transition", "Status kan inte ändras från "
				+ from.label().toLowerCase() + " till " + to.label().toLowerCase() + "."));
	}
}
