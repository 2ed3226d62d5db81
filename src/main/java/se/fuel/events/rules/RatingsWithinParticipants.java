package se.fuel.events.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * An evaluation has at most one response per participant: 21 ratings for an event with 18 participants means that
 * either the ratings or the participant count is wrong. Checked when ratings are entered or imported, and when the
 * participants of an evaluated event are changed.
 */
public final class RatingsWithinParticipants implements Rule<RatingsWithinParticipants.Evaluation> {

	public static final String RULE = "ratings-within-participants";

	/** The number of responses of the evaluation and the event's participants in all. */
	public record Evaluation(int responses, int participants) {
	}

	@Override
	public List<Violation> check(Evaluation evaluation) {
		if (evaluation.responses() <= evaluation.participants()) {
			return List.of();
		}
		return List.of(Violation.of("ratings", RULE, "events.rule.ratings.withinParticipants",
				evaluation.responses(), evaluation.participants()));
	}
}
