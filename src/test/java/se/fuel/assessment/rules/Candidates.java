package se.fuel.assessment.rules;

import java.util.List;
import java.util.UUID;

import se.fuel.assessment.AssessmentInput;
import se.fuel.assessment.AssessmentInput.CriterionAnswer;
import se.fuel.assessment.Recommendation;

/** Assessments of an application asking 400 000 kronor in a call with two main criteria and one priority area. */
final class Candidates {

	static final List<String> CRITERIA = List.of("Nya arbetssätt", "Strategiskt värde");

	private Candidates() {
	}

	static AssessmentCandidate of(List<CriterionAnswer> answers, Recommendation recommendation, Long amount,
			UUID reason, String motivation) {
		return new AssessmentCandidate(new AssessmentInput(answers, List.of(true), recommendation, amount, reason,
				motivation), CRITERIA, List.of("Förebyggande"), 400_000);
	}

	static List<CriterionAnswer> allMet() {
		return List.of(new CriterionAnswer(true, "Nytt för målgruppen"), new CriterionAnswer(true, "Hela staden"));
	}

	static List<CriterionAnswer> firstFailed() {
		return List.of(new CriterionAnswer(false, "Provat tidigare"), new CriterionAnswer(true, "Hela staden"));
	}
}
