package se.fuel.decisions.rules;

import se.fuel.assessment.Recommendation;
import se.fuel.decisions.DecisionOutcome;

/** What a proposed amount means for an application: the full amount grants, less partly grants, nothing rejects. */
public final class Outcome {

	private Outcome() {
	}

	public static DecisionOutcome of(Recommendation recommendation, long amount, long requested) {
		if (recommendation == null) {
			return null;
		}
		if (recommendation == Recommendation.REJECT || amount <= 0) {
			return DecisionOutcome.REJECTED;
		}
		return amount >= requested ? DecisionOutcome.GRANTED : DecisionOutcome.PARTIALLY_GRANTED;
	}
}
