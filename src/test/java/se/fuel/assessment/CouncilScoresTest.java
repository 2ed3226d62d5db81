package se.fuel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.assessment.Council.MemberScores;
import se.fuel.assessment.CouncilScores.MemberMean;

class CouncilScoresTest {

	static final UUID APPLICATION = UUID.randomUUID();

	@Test
	void eachMembersScoreIsTheMeanOfTheirCriterionScoresToOneDecimal() {
		var scores = CouncilScores.of(APPLICATION, List.of(submitted("Anna", 5, 4), submitted("Bo", 2, 3, 3)));
		assertThat(scores.members()).containsExactly(new MemberMean("Anna", new BigDecimal("4.5")),
				new MemberMean("Bo", new BigDecimal("2.7")));
	}

	@Test
	void theSpreadRunsFromTheLowestToTheHighestMeanAndIsTheirDifference() {
		var scores = CouncilScores.of(APPLICATION,
				List.of(submitted("Anna", 5, 4), submitted("Bo", 2, 2), submitted("Cecilia", 3, 4)));
		assertThat(scores.lowest()).isEqualByComparingTo("2.0");
		assertThat(scores.highest()).isEqualByComparingTo("4.5");
		assertThat(scores.spread()).isEqualByComparingTo("2.5");
	}

	@Test
	void theSpreadIsTheDifferenceOfTheRoundedMeansAsShown() {
		// 11/3 = 3.67 shows as 3.7, 7/3 = 2.33 as 2.3: the spread shown is 1.4, not the unrounded 1.33.
		var scores = CouncilScores.of(APPLICATION, List.of(submitted("Anna", 4, 4, 3), submitted("Bo", 2, 2, 3)));
		assertThat(scores.spread()).isEqualByComparingTo("1.4");
	}

	@Test
	void oneScoreHasNoSpread() {
		var scores = CouncilScores.of(APPLICATION, List.of(submitted("Anna", 5, 4)));
		assertThat(scores.lowest()).isEqualByComparingTo("4.5");
		assertThat(scores.spread()).isNull();
	}

	@Test
	void membersWhoHaveNotSubmittedAreCountedAsAwaitedAndLeftOutOfTheScores() {
		var pending = new MemberScores(UUID.randomUUID(), "Bo", null, List.of());
		var scores = CouncilScores.of(APPLICATION, List.of(submitted("Anna", 3, 3), pending));
		assertThat(scores.members()).extracting(MemberMean::memberName).containsExactly("Anna");
		assertThat(scores.awaited()).isEqualTo(1);
		assertThat(scores.spread()).isNull();
	}

	@Test
	void noSubmittedScoresHaveNoLowestHighestOrSpread() {
		var scores = CouncilScores.of(APPLICATION, List.of());
		assertThat(scores.members()).isEmpty();
		assertThat(scores.lowest()).isNull();
		assertThat(scores.highest()).isNull();
		assertThat(scores.spread()).isNull();
	}

	static MemberScores submitted(String name, Integer... scores) {
		return new MemberScores(UUID.randomUUID(), name, Instant.parse("2027-01-10T10:00:00Z"),
				Arrays.stream(scores).map(s -> new Council.Score("Kriterium", s, null)).toList());
	}
}
