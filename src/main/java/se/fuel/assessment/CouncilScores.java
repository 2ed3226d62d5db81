package se.fuel.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The R&D council's scores of one application, as the officer sees them beside the recommendation: each member who
 * has submitted, with the mean of their criterion scores (1–5, to one decimal), and how far apart the members are.
 * Each member's mean is rounded before the spread is taken, so the spread is the difference of the figures shown.
 *
 * @param awaited members assigned who have not submitted yet
 */
public record CouncilScores(UUID applicationId, List<MemberMean> members, int awaited) {

	public CouncilScores {
		members = List.copyOf(members);
	}

	/** One member's mean score over the main criteria. */
	public record MemberMean(String memberName, BigDecimal mean) {
	}

	/** The scores of the members who submitted ({@link Council.MemberScores#submittedAt()} set), in their order. */
	public static CouncilScores of(UUID applicationId, List<Council.MemberScores> reviews) {
		var submitted = reviews.stream().filter(r -> r.submittedAt() != null).toList();
		var means = submitted.stream()
			.map(r -> new MemberMean(r.memberName(), mean(r.scores())))
			.filter(m -> m.mean() != null)
			.toList();
		return new CouncilScores(applicationId, means, reviews.size() - submitted.size());
	}

	public BigDecimal lowest() {
		return members.stream().map(MemberMean::mean).min(BigDecimal::compareTo).orElse(null);
	}

	public BigDecimal highest() {
		return members.stream().map(MemberMean::mean).max(BigDecimal::compareTo).orElse(null);
	}

	/** Highest minus lowest mean; null until two members have submitted, as one score has nothing to differ from. */
	public BigDecimal spread() {
		return members.size() < 2 ? null : highest().subtract(lowest());
	}

	private static BigDecimal mean(List<Council.Score> scores) {
		var given = scores.stream().map(Council.Score::score).filter(Objects::nonNull).toList();
		if (given.isEmpty()) {
			return null;
		}
		int sum = given.stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP);
	}
}
