package se.fuel.grants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.grants.GrantStatus;

class GrantStatusTransitionsTests {

	@Test
	void a_granted_grant_becomes_paid_and_then_in_progress() {
		assertThat(GrantStatusTransitions.check(GrantStatus.BEVILJAD, GrantStatus.UTBETALD)).isEmpty();
		assertThat(GrantStatusTransitions.check(GrantStatus.UTBETALD, GrantStatus.PAGAR)).isEmpty();
	}

	@Test
	void a_report_handed_in_is_approved_or_returned_and_a_returned_report_comes_back() {
		assertThat(GrantStatusTransitions.allowed(GrantStatus.PAGAR, GrantStatus.REDOVISNING_INLAMNAD)).isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.REDOVISNING_INLAMNAD, GrantStatus.GODKAND)).isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.REDOVISNING_INLAMNAD, GrantStatus.KOMPLETTERING))
			.isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.KOMPLETTERING, GrantStatus.REDOVISNING_INLAMNAD))
			.isTrue();
	}

	@Test
	void a_grant_still_granted_hands_its_report_in_because_payments_may_go_outside_fuel() {
		assertThat(GrantStatusTransitions.check(GrantStatus.BEVILJAD, GrantStatus.REDOVISNING_INLAMNAD)).isEmpty();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.BEVILJAD, GrantStatus.GODKAND)).isFalse();
	}

	@Test
	void only_an_approved_grant_is_closed() {
		assertThat(GrantStatusTransitions.allowed(GrantStatus.GODKAND, GrantStatus.AVSLUTAD)).isTrue();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.PAGAR, GrantStatus.AVSLUTAD)).isFalse();
		assertThat(GrantStatusTransitions.allowed(GrantStatus.KOMPLETTERING, GrantStatus.AVSLUTAD)).isFalse();
	}

	@Test
	void refuses_to_close_a_grant_in_progress_with_a_swedish_message_naming_both_statuses() {
		assertThat(GrantStatusTransitions.check(GrantStatus.PAGAR, GrantStatus.AVSLUTAD)).hasValueSatisfying(v -> {
			assertThat(v.field()).isEqualTo("status");
			assertThat(v.message().toString()).isEqualTo("Status kan inte ändras från pågår till avslutad.");
		});
	}

	@Test
	void a_closed_grant_goes_nowhere_and_nothing_goes_back_to_granted() {
		for (GrantStatus to : GrantStatus.values()) {
			assertThat(GrantStatusTransitions.allowed(GrantStatus.AVSLUTAD, to)).isFalse();
			assertThat(GrantStatusTransitions.allowed(to, GrantStatus.BEVILJAD)).isFalse();
		}
	}
}
