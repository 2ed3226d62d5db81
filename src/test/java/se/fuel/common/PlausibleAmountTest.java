package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlausibleAmountTest {

	@Test
	void accepts_nothing_and_a_billion_kronor() {
		assertThat(PlausibleAmount.check(0L, "amount", "Belopp")).isEmpty();
		assertThat(PlausibleAmount.check(1_000_000_000L, "amount", "Belopp")).isEmpty();
		assertThat(PlausibleAmount.check(null, "amount", "Belopp")).isEmpty();
	}

	@Test
	void refuses_one_krona_above_a_billion_naming_the_field() {
		assertThat(PlausibleAmount.check(1_000_000_001L, "requestedAmount", "Sökt belopp")).hasValueSatisfying(v -> {
			assertThat(v.field()).isEqualTo("requestedAmount");
			assertThat(v.rule()).isEqualTo("amount-in-range");
			assertThat(v.message()).startsWith("Sökt belopp ska vara ett belopp mellan 0 och 1\u00A0000\u00A0000\u00A0000");
		});
	}

	@Test
	void refuses_a_negative_amount_and_the_largest_long() {
		assertThat(PlausibleAmount.check(-1L, "amount", "Belopp")).isPresent();
		assertThat(PlausibleAmount.check(Long.MAX_VALUE, "amount", "Belopp")).isPresent();
	}

	@Test
	void a_people_count_is_refused_above_a_million_and_below_zero() {
		assertThat(PlausiblePeopleCount.check(1_000_000L, "participantsWomen", "Deltagare, kvinnor")).isEmpty();
		assertThat(PlausiblePeopleCount.check(1_000_001L, "participantsWomen", "Deltagare, kvinnor"))
			.hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("people-count-in-range"));
		assertThat(PlausiblePeopleCount.check(Long.MAX_VALUE, "participantsWomen", "Deltagare, kvinnor")).isPresent();
		assertThat(PlausiblePeopleCount.check(-1L, "participantsWomen", "Deltagare, kvinnor")).isPresent();
	}

	@Test
	void an_exact_sum_that_would_wrap_round_throws_instead() {
		assertThat(ExactSum.of(List.of(1L, 2L, 3L), Long::longValue)).isEqualTo(6);
		assertThatThrownBy(() -> ExactSum.of(Long.MAX_VALUE, Long.MAX_VALUE, 100_002))
			.isInstanceOf(ArithmeticException.class);
	}
}
