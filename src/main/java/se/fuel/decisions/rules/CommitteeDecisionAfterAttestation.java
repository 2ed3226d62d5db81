package se.fuel.decisions.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.RoundStatus;

/**
 * The committee's decision is recorded only on the current version once every attestant has attested it, with the
 * day it was taken (not in the future), the minutes' paragraph, and what the committee changed when it did not
 * decide as proposed.
 */
public final class CommitteeDecisionAfterAttestation implements Rule<CommitteeDecisionAfterAttestation.Decision> {

	static final int MAX_PARAGRAPH = 60;

	static final int MAX_AMENDMENT = 4000;

	/** The decision as recorded on a version ({@code current}, its round at {@code status}) on {@code today}. */
	public record Decision(boolean current, RoundStatus status, DecisionInput input, LocalDate today) {
	}

	@Override
	public List<Violation> check(Decision decision) {
		var found = new ArrayList<Violation>();
		DecisionInput input = decision.input();
		if (!decision.current() || decision.status() != RoundStatus.ATTESTED) {
			found.add(Violation.of("document", "attested", "decisions.rule.decideAfterAttestation"));
		}
		if (input.decidedOn() == null) {
			found.add(Violation.of("decidedOn", "required", "decisions.rule.decidedOnRequired"));
		}
		else if (input.decidedOn().isAfter(decision.today())) {
			found.add(Violation.of("decidedOn", "not-future", "decisions.rule.decidedOnNotFuture"));
		}
		if (input.paragraph() == null || input.paragraph().isBlank()) {
			found.add(Violation.of("paragraph", "required", "decisions.rule.paragraphRequired"));
		}
		else if (input.paragraph().length() > MAX_PARAGRAPH) {
			found.add(Violation.of("paragraph", "length", "decisions.rule.paragraphLength"));
		}
		String amendment = input.amendment() == null ? "" : input.amendment().strip();
		if (!input.asProposed() && amendment.isEmpty()) {
			found.add(Violation.of("amendment", "required", "decisions.rule.amendmentRequired"));
		}
		if (amendment.length() > MAX_AMENDMENT) {
			found.add(Violation.of("amendment", "length", "decisions.rule.amendmentLength"));
		}
		return found;
	}
}
