package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.grants.GrantStatus;

class GrantStatusTransitionsTest {

	private final GrantStatusTransitions rule = new GrantStatusTransitions();

	private List<Violation> move(GrantStatus from, GrantStatus to) {
		return rule.check(new GrantStatusTransitions.Move(from, to));
	}

	@Test
	void a_granted_grant_becomes_paid_and_then_in_progress() {
		assertThat(move(GrantStatus.GRANTED, GrantStatus.PAID)).isEmpty();
		assertThat(move(GrantStatus.PAID, GrantStatus.IN_PROGRESS)).isEmpty();
	}

	@Test
	void a_report_handed_in_is_approved_or_returned_and_a_returned_report_comes_back() {
		assertThat(GrantStatusTransitions.allowed(GrantStatus.IN_PROGRESS, GrantStatus.REPORT_HANDED_IN)).isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.REPORT_HANDED_IN, GrantStatus.APPROVED)).isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.REPORT_HANDED_IN, GrantStatus.RETURNED_FOR_COMPLETION))
			.isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.RETURNED_FOR_COMPLETION, GrantStatus.REPORT_HANDED_IN))
			.isTrue();
	}

	@Test
	void a_grant_still_granted_hands_its_report_in_because_payments_may_go_outside_fuel() {
		assertThat(move(GrantStatus.GRANTED, GrantStatus.REPORT_HANDED_IN)).isEmpty();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.GRANTED, GrantStatus.APPROVED)).isFalse();
	}

	@Test
	void only_an_approved_grant_is_closed() {
		assertThat(GrantStatusTransitions.allowed(GrantStatus.APPROVED, GrantStatus.CLOSED)).isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.IN_PROGRESS, GrantStatus.CLOSED)).isFalse();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.RETURNED_FOR_COMPLETION, GrantStatus.CLOSED)).isFalse();
	}

	@Test
	void refuses_to_close_a_grant_in_progress_with_a_swedish_message_naming_both_statuses() {
		assertThat(move(GrantStatus.IN_PROGRESS, GrantStatus.CLOSED)).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("status");
			assertThat(TestTexts.swedish(v)).isEqualTo("Status kan inte ändras från pågår till avslutad.");
			assertThat(TestTexts.english(v)).isEqualTo("The status cannot change from in progress to closed.");
		});
	}

	@Test
	void a_closed_grant_goes_nowhere_and_nothing_goes_back_to_granted() {
		for (GrantStatus to : GrantStatus.values()) {
			assertThat(GrantStatusTransitions.allowed(GrantStatus.CLOSED, to)).isFalse();
			assertThat(GrantStatusTransitions.allowed(to, GrantStatus.GRANTED)).isFalse();
		}
	}
}
