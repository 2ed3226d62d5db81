package se.fuel.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.fuel.assessment.Recommendation;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * "Avslagsgrunden stämmer med bedömningen": a rejection's reason category must not say the opposite of the criteria
 * and priority areas the same assessment marks. The decision document prints the category's phrase next to the
 * committee's decision, so a contradiction there would be read as the city's reasoning.
 * <p>
 * Categories are officers' free text, so only the four every database is given (V30, fixed ids, which a rename keeps)
 * say something this rule can check. The pairs that contradict:
 * <ul>
 * <li>"Uppfyller huvudkriterierna men inget av de prioriterade områdena" with any priority area marked <em>Ja</em>:
 * the category says none is met;</li>
 * <li>the same category with any main criterion marked not met: the category says every main criterion is met;</li>
 * <li>"Uppfyller inte huvudkriteriet om nya arbetssätt/metoder" with every main criterion marked met: the category
 * says one is not. Calls word and order their criteria freely, so the rule asks only that some criterion is marked
 * not met, never which one.</li>
 * </ul>
 * "Ligger utanför socialtjänstens verksamhetsområde" and "Bristfällig logik mellan problemformulering och föreslagen
 * metod" judge things no criterion or area of a call records, so no answer contradicts them; nor does a category an
 * officer added. Unanswered criteria and areas contradict nothing.
 */
public final class ReasonAgreesWithAssessment implements Rule<AssessmentCandidate> {

	public static final String RULE = "reason-agrees-with-assessment";

	/** "Uppfyller inte huvudkriteriet om nya arbetssätt/metoder". */
	public static final UUID FAILS_NEW_METHODS = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000001");

	/** "Uppfyller huvudkriterierna men inget av de prioriterade områdena". */
	public static final UUID NO_PRIORITY_AREA = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000002");

	private static final String FIELD = "reasonCategoryId";

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		var found = new ArrayList<Violation>();
		if (c.input().recommendation() != Recommendation.REJECT || c.input().reasonCategoryId() == null) {
			return found;
		}
		UUID reason = c.input().reasonCategoryId();
		if (reason.equals(NO_PRIORITY_AREA)) {
			int area = firstAreaMarkedYes(c);
			if (area >= 0) {
				found.add(Violation.of(FIELD, RULE, "assessment.rule.reasonNoAreaButAreaMarked", area + 1));
			}
			int criterion = firstCriterionNotMet(c);
			if (criterion >= 0) {
				found.add(Violation.of(FIELD, RULE, "assessment.rule.reasonCriteriaMetButOneFailed", criterion + 1));
			}
		}
		if (reason.equals(FAILS_NEW_METHODS) && !c.criteria().isEmpty() && everyCriterionMet(c)) {
			found.add(Violation.of(FIELD, RULE, "assessment.rule.reasonCriterionFailedButAllMet"));
		}
		return found;
	}

	private static int firstAreaMarkedYes(AssessmentCandidate c) {
		List<Boolean> areas = c.input().priorityAreas();
		for (int i = 0; i < Math.min(areas.size(), c.priorityAreas().size()); i++) {
			if (Boolean.TRUE.equals(areas.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int firstCriterionNotMet(AssessmentCandidate c) {
		for (int i = 0; i < c.criteria().size(); i++) {
			if (Boolean.FALSE.equals(c.answer(i).met())) {
				return i;
			}
		}
		return -1;
	}

	private static boolean everyCriterionMet(AssessmentCandidate c) {
		for (int i = 0; i < c.criteria().size(); i++) {
			if (!Boolean.TRUE.equals(c.answer(i).met())) {
				return false;
			}
		}
		return true;
	}
}
