package se.fuel.decisions.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.decisions.RoundStatus;

/**
 * Who may be asked to attest, and what: only users with the attestant role, at least one, and only the current
 * finalised version that is neither attested nor decided.
 */
public final class OnlyAttestantsAttest implements Rule<OnlyAttestantsAttest.Request> {

	/**
	 * Sending a version for attestation.
	 *
	 * @param current whether the version is the year's current one
	 * @param chosen how many users were chosen
	 * @param notAttestants how many of them are not attestants (or unknown)
	 */
	public record Request(boolean current, RoundStatus status, int chosen, int notAttestants) {
	}

	@Override
	public List<Violation> check(Request request) {
		var found = new ArrayList<Violation>();
		if (!request.current()
				|| !(request.status() == RoundStatus.FINALISED || request.status() == RoundStatus.SENT_FOR_ATTESTATION)) {
			found.add(Violation.of("document", "current-and-finalised", "decisions.rule.sendOnlyFinalised"));
		}
		if (request.chosen() == 0) {
			found.add(Violation.of("attestantIds", "required", "decisions.rule.attestantsRequired"));
		}
		for (int i = 0; i < request.notAttestants(); i++) {
			found.add(Violation.of("attestantIds", "attestant", "decisions.rule.onlyAttestants"));
		}
		return found;
	}
}
