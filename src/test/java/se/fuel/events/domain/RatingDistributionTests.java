package se.fuel.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.fuel.events.EvaluationSummary;
import se.fuel.events.RatingCount;

class RatingDistributionTests {

	@Test
	void ten_responses_worked_by_hand_give_mean_share_at_least_eight_and_share_ten() {
		// 2×6 + 1×7 + 3×8 + 2×9 + 2×10 = 12 + 7 + 24 + 18 + 20 = 81 over 10 responses.
		EvaluationSummary s = RatingDistribution.of(Map.of(6, 2, 7, 1, 8, 3, 9, 2, 10, 2));
		assertThat(s.responses()).isEqualTo(10);
		assertThat(s.mean()).isCloseTo(8.1, within(1e-9));
		assertThat(s.shareAtLeastEight()).isCloseTo(0.7, within(1e-9));
		assertThat(s.shareTen()).isCloseTo(0.2, within(1e-9));
	}

	@Test
	void the_distribution_covers_the_whole_scale_with_zeros_for_ratings_nobody_gave() {
		EvaluationSummary s = RatingDistribution.of(Map.of(10, 3));
		assertThat(s.distribution()).hasSize(10);
		assertThat(s.distribution().get(0)).isEqualTo(new RatingCount(1, 0));
		assertThat(s.distribution().get(9)).isEqualTo(new RatingCount(10, 3));
		assertThat(s.largestCount()).isEqualTo(3);
	}

	@Test
	void no_responses_is_an_empty_evaluation_not_a_division_by_zero() {
		EvaluationSummary s = RatingDistribution.of(Map.of());
		assertThat(s.empty()).isTrue();
		assertThat(s.mean()).isZero();
		assertThat(s.shareAtLeastEight()).isZero();
	}

	@Test
	void forty_responses_with_thirty_six_from_eight_and_fourteen_tens_are_the_seeds_ninety_and_thirty_five_percent() {
		EvaluationSummary s = RatingDistribution.of(Map.of(6, 1, 7, 3, 8, 10, 9, 12, 10, 14));
		assertThat(s.shareAtLeastEight()).isCloseTo(0.90, within(1e-9));
		assertThat(s.shareTen()).isCloseTo(0.35, within(1e-9));
		// (6 + 21 + 80 + 108 + 140) / 40 = 355 / 40
		assertThat(s.mean()).isCloseTo(8.875, within(1e-9));
	}

	@Test
	void two_evaluations_combined_count_every_response_once() {
		EvaluationSummary a = RatingDistribution.of(Map.of(10, 1, 5, 1));
		EvaluationSummary b = RatingDistribution.of(Map.of(10, 2));
		EvaluationSummary both = RatingDistribution.combined(List.of(a, b));
		assertThat(both.responses()).isEqualTo(4);
		assertThat(both.shareTen()).isCloseTo(0.75, within(1e-9));
		assertThat(both.mean()).isCloseTo(8.75, within(1e-9));
	}

	@Test
	void refuses_a_rating_outside_one_to_ten() {
		assertThatThrownBy(() -> RatingDistribution.of(Map.of(11, 1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RatingDistribution.of(Map.of(0, 1))).isInstanceOf(IllegalArgumentException.class);
	}
}
