package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.assessment.rules.ReasonAgreesWithAssessment.FAILS_NEW_METHODS;
import static se.fuel.assessment.rules.ReasonAgreesWithAssessment.NO_PRIORITY_AREA;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.AssessmentInput;
import se.fuel.assessment.AssessmentInput.CriterionAnswer;
import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;

class ReasonAgreesWithAssessmentTest {

	static final UUID OUTSIDE_REMIT = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000003");

	final ReasonAgreesWithAssessment rule = new ReasonAgreesWithAssessment();

	@Test
	void refusesNoPriorityAreaWhenTheAssessmentMarksAnAreaYes() {
		var found = rule.check(rejection(NO_PRIORITY_AREA, Candidates.allMet(), false, true, null));
		assertThat(found).extracting(Violation::field).containsExactly("reasonCategoryId");
		assertThat(found.get(0).rule()).isEqualTo("reason-agrees-with-assessment");
		assertThat(TestTexts.swedish(found.get(0))).startsWith("Avslagsgrund:")
			.contains("inget av de prioriterade områdena").contains("prioriterat område 2").contains("Ja")
			.contains("Avslagsgrunden ska stämma med");
		assertThat(TestTexts.english(found.get(0))).startsWith("Reason for rejection:").contains("priority area 2");
	}

	@Test
	void acceptsNoPriorityAreaWhenEveryAreaIsMarkedNoOrLeftUnanswered() {
		assertThat(rule.check(rejection(NO_PRIORITY_AREA, Candidates.allMet(), false, null, false))).isEmpty();
	}

	@Test
	void refusesNoPriorityAreaWhenAMainCriterionIsMarkedNotMetBecauseTheReasonSaysEveryOneIsMet() {
		var found = rule.check(rejection(NO_PRIORITY_AREA, Candidates.firstFailed(), false, false, false));
		assertThat(found).hasSize(1);
		assertThat(TestTexts.swedish(found.get(0))).startsWith("Avslagsgrund:").contains("huvudkriterium 1");
	}

	@Test
	void reportsBothContradictionsOfNoPriorityAreaAtOnce() {
		assertThat(rule.check(rejection(NO_PRIORITY_AREA, Candidates.firstFailed(), true, false, false)))
			.hasSize(2);
	}

	@Test
	void refusesFailsTheNewMethodsCriterionWhenEveryMainCriterionIsMarkedMet() {
		var found = rule.check(rejection(FAILS_NEW_METHODS, Candidates.allMet(), true, false, false));
		assertThat(found).extracting(Violation::field).containsExactly("reasonCategoryId");
		assertThat(TestTexts.swedish(found.get(0))).startsWith("Avslagsgrund:").contains("nya arbetssätt/metoder")
			.contains("alla huvudkriterier");
	}

	@Test
	void acceptsFailsTheNewMethodsCriterionWhenACriterionIsMarkedNotMet() {
		assertThat(rule.check(rejection(FAILS_NEW_METHODS, Candidates.firstFailed(), true, true, true))).isEmpty();
	}

	@Test
	void acceptsFailsTheNewMethodsCriterionWhileACriterionIsStillUnanswered() {
		var answers = List.of(new CriterionAnswer(true, "Nytt"), new CriterionAnswer(null, null));
		assertThat(rule.check(rejection(FAILS_NEW_METHODS, answers, false, false, false))).isEmpty();
	}

	@Test
	void findsNoContradictionForAReasonNoCriterionOrAreaRecords() {
		assertThat(rule.check(rejection(OUTSIDE_REMIT, Candidates.allMet(), true, true, true))).isEmpty();
		assertThat(rule.check(rejection(UUID.randomUUID(), Candidates.allMet(), true, true, true))).isEmpty();
	}

	@Test
	void judgesOnlyRejections() {
		var grant = new AssessmentCandidate(new AssessmentInput(Candidates.allMet(), List.of(true, true, true),
				Recommendation.GRANT, null, NO_PRIORITY_AREA, null), Candidates.CRITERIA, AREAS, 400_000);
		assertThat(rule.check(grant)).isEmpty();
	}

	static final List<String> AREAS = List.of("Förebyggande", "Klientcentrering", "Samordning");

	/** A rejection with the reason, the criteria answers and one answer per priority area (null: unanswered). */
	static AssessmentCandidate rejection(UUID reason, List<CriterionAnswer> criteria, Boolean... areas) {
		return new AssessmentCandidate(new AssessmentInput(criteria, Arrays.asList(areas), Recommendation.REJECT,
				null, reason, "Motivering"), Candidates.CRITERIA, AREAS, 400_000);
	}
}
