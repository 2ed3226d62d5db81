package se.fuel.applications.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.english;
import static se.fuel.TestTexts.swedish;

import org.junit.jupiter.api.Test;

import se.fuel.applications.ApplicationStatus;

class EditableWhileDraftOrReturnedTest {

	private final EditableWhileDraftOrReturned rule = new EditableWhileDraftOrReturned();

	@Test
	void a_draft_and_an_application_returned_for_completion_can_be_changed() {
		assertThat(rule.check(ApplicationStatus.DRAFT)).isEmpty();
		assertThat(rule.check(ApplicationStatus.RETURNED)).isEmpty();
	}

	@Test
	void a_submitted_application_cannot_be_changed_and_the_applicant_is_told_why() {
		assertThat(rule.check(ApplicationStatus.SUBMITTED)).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("status");
			assertThat(swedish(v)).isEqualTo("Ansökan är inskickad och kan inte ändras.");
			assertThat(english(v)).isEqualTo("The application is submitted and cannot be changed.");
		});
	}

	@Test
	void a_withdrawn_application_cannot_be_changed() {
		assertThat(rule.check(ApplicationStatus.WITHDRAWN)).singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Ansökan är återtagen och kan inte ändras."));
	}
}
