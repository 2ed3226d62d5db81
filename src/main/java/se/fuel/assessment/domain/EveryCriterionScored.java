package se.fuel.assessment.domain;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Violation;

/** A council member's review is complete only when every main criterion has a score from 1 to 5. */
public final class EveryCriterionScored {

	private EveryCriterionScored() {
	}

	public static String scoreField(int index) {
		return "score" + index;
	}

	public static String commentField(int index) {
		return "comment" + index;
	}

	public static List<Violation> check(List<Integer> scores, List<String> comments, int criteria) {
		var found = new ArrayList<Violation>();
		for (int i = 0; i < criteria; i++) {
			Integer s = i < scores.size() ? scores.get(i) : null;
			if (s == null) {
				found.add(new Violation(scoreField(i), "every-criterion-scored",
						"Huvudkriterium " + (i + 1) + ": sätt ett betyg från 1 till 5."));
			}
			else if (s < 1 || s > 5) {
				found.add(new Violation(scoreField(i), "score-range",
						"Huvudkriterium " + (i + 1) + ": betyget ska vara från 1 till 5."));
			}
			String c = i < comments.size() ? comments.get(i) : null;
			if (c != null && c.length() > 4000) {
				found.add(new Violation(commentField(i), "max-length",
						"Huvudkriterium " + (i + 1) + ": kommentaren får vara högst 4000 tecken."));
			}
		}
		return found;
	}
}
