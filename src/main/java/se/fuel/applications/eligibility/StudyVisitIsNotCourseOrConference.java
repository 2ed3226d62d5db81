package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.calls.ApplicationForm;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A study visit is an exchange with colleagues elsewhere, never a course or a conference: "MUL beviljas inte för att
 * delta i särskilda utbildningar eller konferenser" (2024 decision). The applicant declares it; project calls ignore
 * the declaration.
 */
public final class StudyVisitIsNotCourseOrConference implements Rule<SubmissionCandidate> {

	public static final String RULE = "study-visit-not-course-or-conference";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		if (candidate.call().form() != ApplicationForm.STUDY_VISIT || candidate.declaredNotCourseOrConference()) {
			return List.of();
		}
		return List.of(Violation.of(FieldLabels.DECLARED_NOT_COURSE_OR_CONFERENCE, RULE,
				"applications.rule.studyVisitNotCourseOrConference", candidate.call().programmeCode()));
	}
}
