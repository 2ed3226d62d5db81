package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausibleAmountTest {

	static final Text REQUESTED = Text.of("applications.field.requestedAmount");

	@Test
	void accepts_nothing_and_a_billion_kronor() {
		assertThat(PlausibleAmount.check(0L, "amount", REQUESTED)).isEmpty();
		assertThat(PlausibleAmount.check(1_000_000_000L, "amount", REQUESTED)).isEmpty();
		assertThat(PlausibleAmount.check(null, "amount", REQUESTED)).isEmpty();
	}

	@Test
	void refuses_one_krona_above_a_billion_naming_the_field() {
		assertThat(PlausibleAmount.check(1_000_000_001L, "requestedAmount", REQUESTED)).hasValueSatisfying(v -> {
			assertThat(v.field()).isEqualTo("requestedAmount");
			assertThat(v.rule()).isEqualTo("amount-in-range");
			assertThat(se.fuel.TestTexts.swedish(v))
				.startsWith("Sökt belopp ska vara ett belopp mellan 0 och 1\u00A0000\u00A0000\u00A0000");
			assertThat(se.fuel.TestTexts.english(v)).startsWith("Requested amount ");
		});
	}

	@Test
	void refuses_a_negative_amount_and_the_largest_long() {
		assertThat(PlausibleAmount.check(-1L, "amount", REQUESTED)).isPresent();
		assertThat(PlausibleAmount.check(Long.MAX_VALUE, "amount", REQUESTED)).isPresent();
	}
}
