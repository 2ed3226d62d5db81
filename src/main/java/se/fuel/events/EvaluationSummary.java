package se.fuel.events;

import java.util.List;

/**
 * An event's evaluation: responses for every rating 1–10 (zeros included, so tables and charts show the whole scale),
 * the number of responses, the mean and the shares that rated 8 or more and 10, as fractions of all responses.
 */
public record EvaluationSummary(List<RatingCount> distribution, int responses, double mean, double shareAtLeastEight,
		double shareTen) {

	public boolean empty() {
		return responses == 0;
	}

	/** The largest number of responses for one rating: the height of a chart's scale. */
	public int largestCount() {
		return distribution.stream().mapToInt(RatingCount::responses).max().orElse(0);
	}
}
