package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausiblePeopleCountTest {

	@Test
	void a_people_count_is_refused_above_a_million_and_below_zero() {
		assertThat(PlausiblePeopleCount.check(1_000_000L, "participantsWomen", "Deltagare, kvinnor")).isEmpty();
		assertThat(PlausiblePeopleCount.check(1_000_001L, "participantsWomen", "Deltagare, kvinnor"))
			.hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("people-count-in-range"));
		assertThat(PlausiblePeopleCount.check(Long.MAX_VALUE, "participantsWomen", "Deltagare, kvinnor")).isPresent();
		assertThat(PlausiblePeopleCount.check(-1L, "participantsWomen", "Deltagare, kvinnor")).isPresent();
	}
}
