package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausiblePeopleCountTest {

	static final Text WOMEN = Text.of("grants.report.field.participantsWomen");

	@Test
	void a_people_count_is_refused_above_a_million_and_below_zero() {
		assertThat(PlausiblePeopleCount.check(1_000_000L, "participantsWomen", WOMEN)).isEmpty();
		assertThat(PlausiblePeopleCount.check(1_000_001L, "participantsWomen", WOMEN))
			.hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("people-count-in-range"));
		assertThat(PlausiblePeopleCount.check(Long.MAX_VALUE, "participantsWomen", WOMEN)).isPresent();
		assertThat(PlausiblePeopleCount.check(-1L, "participantsWomen", WOMEN)).isPresent();
	}
}
