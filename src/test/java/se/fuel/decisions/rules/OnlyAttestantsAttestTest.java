package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.rules.OnlyAttestantsAttest.Request;

class OnlyAttestantsAttestTest {

	final OnlyAttestantsAttest rule = new OnlyAttestantsAttest();

	@Test
	void the_current_finalised_version_goes_to_chosen_attestants() {
		assertThat(rule.check(new Request(true, RoundStatus.FINALISED, 2, 0))).isEmpty();
	}

	@Test
	void a_version_already_sent_can_go_to_more_attestants() {
		assertThat(rule.check(new Request(true, RoundStatus.SENT_FOR_ATTESTATION, 1, 0))).isEmpty();
	}

	@Test
	void a_superseded_attested_or_decided_version_is_not_sent() {
		assertThat(rule.check(new Request(false, RoundStatus.FINALISED, 1, 0))).extracting(Violation::rule)
			.containsExactly("current-and-finalised");
		assertThat(rule.check(new Request(true, RoundStatus.ATTESTED, 1, 0))).extracting(Violation::rule)
			.containsExactly("current-and-finalised");
		assertThat(rule.check(new Request(true, RoundStatus.DECIDED, 1, 0))).extracting(Violation::rule)
			.containsExactly("current-and-finalised");
	}

	@Test
	void at_least_one_attestant_is_chosen() {
		assertThat(rule.check(new Request(true, RoundStatus.FINALISED, 0, 0))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Attestanter: välj minst en attestant."));
	}

	@Test
	void only_users_with_the_attestant_role_attest() {
		assertThat(rule.check(new Request(true, RoundStatus.FINALISED, 2, 1))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v))
				.isEqualTo("Attestanter: bara användare med rollen attestant kan attestera."));
	}
}
