package se.fuel.applications.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.swedish;

import org.junit.jupiter.api.Test;

import se.fuel.applications.ApplicationStatus;

class OnlySubmittedIsReturnedTest {

	private final OnlySubmittedIsReturned rule = new OnlySubmittedIsReturned();

	@Test
	void a_submitted_application_can_be_returned_for_completion() {
		assertThat(rule.check(ApplicationStatus.SUBMITTED)).isEmpty();
	}

	@Test
	void a_draft_cannot_be_returned_for_completion() {
		assertThat(rule.check(ApplicationStatus.DRAFT)).singleElement().satisfies(v -> assertThat(swedish(v))
			.isEqualTo("Bara en inskickad ansökan kan skickas tillbaka för komplettering."));
	}

	@Test
	void an_application_already_returned_cannot_be_returned_again() {
		assertThat(rule.check(ApplicationStatus.RETURNED)).hasSize(1);
	}
}
