package se.fuel.assessment.domain;

import java.util.ArrayList;
import java.util.List;

import se.fuel.assessment.Recommendation;
import se.fuel.common.Violation;

/** A rejection (avslås) says why: a reason category and a motivation in free text. */
public final class RejectionNeedsReason implements AssessmentRule {

	@Override
	public List<Violation> check(AssessmentCandidate c) {
		var found = new ArrayList<Violation>();
		if (c.input().recommendation() != Recommendation.REJECT) {
			return found;
		}
		if (c.input().reasonCategoryId() == null) {
			found.add(new Violation("reasonCategoryId", "rejection-needs-reason",
					"Avslagsgrund: välj en avslagsgrund när ansökan föreslås avslås."));
		}
		if (c.input().motivation() == null || c.input().motivation().isBlank()) {
			found.add(new Violation("motivation", "rejection-needs-motivation",
					"Motivering: skriv varför ansökan föreslås avslås."));
		}
		return found;
	}
}
