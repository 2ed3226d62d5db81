package se.fuel.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.events.rules.RatingsWithinParticipants.Evaluation;

class RatingsWithinParticipantsTest {

	final RatingsWithinParticipants rule = new RatingsWithinParticipants();

	@Test
	void every_participant_may_give_a_rating() {
		assertThat(rule.check(new Evaluation(18, 18))).isEmpty();
	}

	@Test
	void fewer_ratings_than_participants_hold() {
		assertThat(rule.check(new Evaluation(0, 0))).isEmpty();
		assertThat(rule.check(new Evaluation(12, 18))).isEmpty();
	}

	@Test
	void more_ratings_than_participants_are_refused_naming_both_counts() {
		assertThat(rule.check(new Evaluation(21, 18)))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.field()).isEqualTo("ratings");
				assertThat(v.rule()).isEqualTo(RatingsWithinParticipants.RULE);
				assertThat(TestTexts.swedish(v)).isEqualTo("Betyg: 21 svar är fler än aktivitetens 18 deltagare. "
						+ "Det kan inte finnas fler betyg än deltagare.");
				assertThat(TestTexts.english(v)).isEqualTo("Ratings: 21 responses are more than the event's 18 "
						+ "participants. There cannot be more ratings than participants.");
			});
	}

	@Test
	void an_event_without_participants_takes_no_ratings() {
		assertThat(rule.check(new Evaluation(1, 0))).extracting(v -> v.rule())
			.containsExactly(RatingsWithinParticipants.RULE);
	}
}
