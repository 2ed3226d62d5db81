package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.CallView;

class StudyVisitIsNotCourseOrConferenceTest {

	private final StudyVisitIsNotCourseOrConference policy = new StudyVisitIsNotCourseOrConference();

	private final CallView mul = CallBuilder.mul2024().build();

	@Test
	void accepts_a_study_visit_declared_not_to_be_a_course_or_conference() {
		assertThat(policy.check(CandidateBuilder.studyVisitTo(mul).build())).isEmpty();
	}

	@Test
	void refuses_a_study_visit_without_the_declaration() {
		var candidate = CandidateBuilder.studyVisitTo(mul).declaredNotCourseOrConference(false).build();

		assertThat(policy.check(candidate)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("declaredNotCourseOrConference");
			assertThat(violation.rule()).isEqualTo("study-visit-not-course-or-conference");
			assertThat(swedish(violation)).isEqualTo("Intygande om att studiebesöket inte är en "
					+ "utbildning eller konferens saknas: MUL beviljas inte för att delta i särskilda utbildningar "
					+ "eller konferenser.");
		});
	}

	@Test
	void ignores_the_declaration_on_a_project_call() {
		CallView lum = CallBuilder.lum2024().build();

		assertThat(policy.check(CandidateBuilder.to(lum).declaredNotCourseOrConference(false).build())).isEmpty();
		assertThat(policy.check(CandidateBuilder.to(lum).declaredNotCourseOrConference(true).build())).isEmpty();
	}
}
