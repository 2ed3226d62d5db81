package se.fuel.events.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.fuel.events.EvaluationSummary;
import se.fuel.events.RatingCount;

/**
 * The arithmetic of an evaluation on the scale 1 (dåligt) to 10 (mycket bra): the distribution over the whole scale,
 * the number of responses, the mean and the shares that rated 8 or more and 10, the figures document 003 reports
 * ("ca 90% markerade åtta som lägsta alternativ varav ca 35% markerade tio").
 */
public final class RatingDistribution {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 10;

	/** Document 003 counts a participant as satisfied who marked eight or more. */
	public static final int SATISFIED_FROM = 8;

	private RatingDistribution() {
	}

	/** The summary of responses per rating; ratings missing from the map had no responses. */
	public static EvaluationSummary of(Map<Integer, Integer> responsesPerRating) {
		List<RatingCount> distribution = new ArrayList<>();
		int responses = 0;
		long sum = 0;
		int atLeastEight = 0;
		int ten = 0;
		for (int rating = LOWEST; rating <= HIGHEST; rating++) {
			int count = responsesPerRating.getOrDefault(rating, 0);
			if (count < 0) {
				throw new IllegalArgumentException("negative responses for rating " + rating);
			}
			distribution.add(new RatingCount(rating, count));
			responses += count;
			sum += (long) rating * count;
			if (rating >= SATISFIED_FROM) {
				atLeastEight += count;
			}
			if (rating == HIGHEST) {
				ten = count;
			}
		}
		for (Integer rating : responsesPerRating.keySet()) {
			if (rating < LOWEST || rating > HIGHEST) {
				throw new IllegalArgumentException("rating outside 1-10: " + rating);
			}
		}
		if (responses == 0) {
			return new EvaluationSummary(List.copyOf(distribution), 0, 0, 0, 0);
		}
		return new EvaluationSummary(List.copyOf(distribution), responses, (double) sum / responses,
				(double) atLeastEight / responses, (double) ten / responses);
	}

	/** The summary of several evaluations together, e.g. both workshops of document 003. */
	public static EvaluationSummary combined(List<EvaluationSummary> summaries) {
		Map<Integer, Integer> total = new java.util.HashMap<>();
		for (EvaluationSummary s : summaries) {
			for (RatingCount c : s.distribution()) {
				total.merge(c.rating(), c.responses(), Integer::sum);
			}
		}
		return of(total);
	}
}
