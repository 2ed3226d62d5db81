package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.rules.CommitteeDecisionAfterAttestation.Decision;

class CommitteeDecisionAfterAttestationTest {

	static final LocalDate TODAY = LocalDate.of(2027, 12, 19);

	final CommitteeDecisionAfterAttestation rule = new CommitteeDecisionAfterAttestation();

	static Decision attested(DecisionInput input) {
		return new Decision(true, RoundStatus.ATTESTED, input, TODAY);
	}

	@Test
	void a_decision_as_proposed_on_the_attested_version_is_recorded() {
		assertThat(rule.check(attested(new DecisionInput(TODAY, "§ 7", true, null)))).isEmpty();
	}

	@Test
	void a_decision_waits_until_every_attestant_has_attested() {
		assertThat(rule.check(new Decision(true, RoundStatus.SENT_FOR_ATTESTATION,
				new DecisionInput(TODAY, "§ 7", true, null), TODAY)))
			.singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Nämndens beslut kan registreras först när den "
					+ "gällande versionen är attesterad av alla attestanter."));
	}

	@Test
	void a_superseded_version_is_not_decided() {
		assertThat(rule.check(new Decision(false, RoundStatus.ATTESTED, new DecisionInput(TODAY, "§ 7", true, null),
				TODAY))).extracting(Violation::rule).containsExactly("attested");
	}

	@Test
	void the_decision_day_is_given_and_not_in_the_future() {
		assertThat(rule.check(attested(new DecisionInput(null, "§ 7", true, null)))).extracting(Violation::rule)
			.containsExactly("required");
		assertThat(rule.check(attested(new DecisionInput(TODAY.plusDays(1), "§ 7", true, null))))
			.singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Beslutsdatum: får inte ligga i framtiden."));
	}

	@Test
	void the_minutes_paragraph_is_given_in_at_most_sixty_characters() {
		assertThat(rule.check(attested(new DecisionInput(TODAY, " ", true, null)))).extracting(Violation::field)
			.containsExactly("paragraph");
		assertThat(rule.check(attested(new DecisionInput(TODAY, "§".repeat(61), true, null))))
			.extracting(Violation::rule).containsExactly("length");
	}

	@Test
	void a_decision_with_amendments_says_what_the_committee_changed() {
		assertThat(rule.check(attested(new DecisionInput(TODAY, "§ 7", false, "  ")))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v))
				.isEqualTo("Ändringar: beskriv vad nämnden ändrade när beslutet inte följde förslaget."));
		assertThat(rule.check(attested(new DecisionInput(TODAY, "§ 7", false, "x".repeat(4001)))))
			.extracting(Violation::rule).containsExactly("length");
	}

	@Test
	void every_problem_is_told_at_once() {
		assertThat(rule.check(new Decision(false, RoundStatus.OPEN, new DecisionInput(null, null, false, null), TODAY)))
			.extracting(Violation::field).containsExactly("document", "decidedOn", "paragraph", "amendment");
	}
}
