package se.fuel.assessment.web;

import java.util.List;

import se.fuel.assessment.AssessmentRow;
import se.fuel.calls.CallView;

/** One call's submitted applications in the officers' assessment list. */
public record CallAssessments(CallView call, List<AssessmentRow> rows) {

	/** What the recommendations so far would grant in total. */
	public long recommendedTotal() {
		return rows.stream().mapToLong(r -> r.recommendedAmount() == null ? 0 : r.recommendedAmount()).sum();
	}

	public long assessedCount() {
		return rows.stream().filter(r -> r.recommendation() != null).count();
	}
}
