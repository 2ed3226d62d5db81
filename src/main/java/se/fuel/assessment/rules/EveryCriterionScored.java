package se.fuel.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A council member's review is complete only when every main criterion has a score from 1 to 5. */
public final class EveryCriterionScored implements Rule<EveryCriterionScored.Review> {

	private static final int MAX_COMMENT = 4000;

	/** What the member sent: scores and comments in the call's order of its {@code criteria} main criteria. */
	public record Review(List<Integer> scores, List<String> comments, int criteria) {
	}

	public static String scoreField(int index) {
		return "score" + index;
	}

	public static String commentField(int index) {
		return "comment" + index;
	}

	@Override
	public List<Violation> check(Review review) {
		var found = new ArrayList<Violation>();
		for (int i = 0; i < review.criteria(); i++) {
			Integer s = i < review.scores().size() ? review.scores().get(i) : null;
			if (s == null) {
				found.add(Violation.of(scoreField(i), "every-criterion-scored", "assessment.rule.criterionScored",
						i + 1));
			}
			else if (s < 1 || s > 5) {
				found.add(Violation.of(scoreField(i), "score-range", "assessment.rule.scoreRange", i + 1));
			}
			String c = i < review.comments().size() ? review.comments().get(i) : null;
			if (c != null && c.length() > MAX_COMMENT) {
				found.add(Violation.of(commentField(i), "max-length", "assessment.rule.commentLength", i + 1));
			}
		}
		return found;
	}
}
