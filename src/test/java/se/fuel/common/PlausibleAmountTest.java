package se.fuel.common;

import static org.assertj.core.api.Assertions.assertThat;

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
			assertThat(se.fuel.TestTexts.swedish(v)).startsWith("Sökt belopp ska vara ett belopp mellan 0 och 1\u00A0000\u00A0000\u00A0000");
		});
	}

	@Test
	void refuses_a_negative_amount_and_the_largest_long() {
		assertThat(PlausibleAmount.check(-1L, "amount", "Belopp")).isPresent();
		assertThat(PlausibleAmount.check(Long.MAX_VALUE, "amount", "Belopp")).isPresent();
	}
}
