package se.fuel.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.assessment.Recommendation;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A rejection (avslås) says why: a reason category and a motivation in free text. */
public final class RejectionNeedsReason implements Rule<AssessmentCandidate> {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		var found = new ArrayList<Violation>();
		if (c.input().recommendation() != Recommendation.REJECT) {
			return found;
		}
		if (c.input().reasonCategoryId() == null) {
			found.add(Violation.of("reasonCategoryId", "rejection-needs-reason", "assessment.rule.rejectionNeedsReason"));
		}
		if (c.input().motivation() == null || c.input().motivation().isBlank()) {
			found.add(Violation.of("motivation", "rejection-needs-motivation", "assessment.rule.rejectionNeedsMotivation"));
		}
		return found;
	}
}
