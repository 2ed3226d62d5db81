package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.rules.RoundStatusAllows.Action;
import se.fuel.decisions.rules.RoundStatusAllows.Step;

class RoundStatusAllowsTest {

	final RoundStatusAllows rule = new RoundStatusAllows();

	@Test
	void amounts_and_texts_change_in_every_status_before_the_decision() {
		for (RoundStatus status : RoundStatus.values()) {
			if (status != RoundStatus.DECIDED) {
				assertThat(rule.check(new Step(2027, status, Action.CHANGE))).isEmpty();
			}
		}
	}

	@Test
	void nothing_changes_once_the_committee_has_decided() {
		assertThat(rule.check(new Step(2027, RoundStatus.DECIDED, Action.CHANGE))).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("decided");
			assertThat(TestTexts.swedish(v))
				.isEqualTo("Fördelningen för 2027 är beslutad av nämnden och kan inte ändras.");
		});
	}

	@Test
	void an_open_round_can_be_finalised() {
		assertThat(rule.check(new Step(2027, RoundStatus.OPEN, Action.FINALISE))).isEmpty();
	}

	@Test
	void a_round_is_finalised_once_saying_where_it_stands() {
		assertThat(rule.check(new Step(2027, RoundStatus.SENT_FOR_ATTESTATION, Action.FINALISE))).singleElement()
			.satisfies(v -> {
				assertThat(TestTexts.swedish(v)).isEqualTo("Fördelningen för 2027 är redan fastställd (skickad för "
						+ "attest); ändra den för att göra en ny version.");
				assertThat(TestTexts.english(v)).contains("(sent for attestation)");
			});
	}
}
