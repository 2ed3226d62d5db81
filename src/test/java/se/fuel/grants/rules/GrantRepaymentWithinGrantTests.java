package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RepaymentWithinGrant}; named Grant* so that the grants test filter picks it up. */
class GrantRepaymentWithinGrantTests {

	@Test
	void accepts_any_amount_from_one_krona_up_to_what_was_paid() {
		assertThat(RepaymentWithinGrant.check("amount", "Belopp", 1, 25_000, 25_000)).isEmpty();
		assertThat(RepaymentWithinGrant.check("amount", "Belopp", 25_000, 25_000, 25_000)).isEmpty();
	}

	@Test
	void refuses_nothing_or_more_than_was_paid_naming_the_field_and_the_ceiling() {
		assertThat(RepaymentWithinGrant.check("amount", "Belopp att återbetala", 0, 25_000, 20_000))
			.hasValueSatisfying(v -> assertThat(v.message().toString())
				.isEqualTo("Belopp att återbetala måste vara mellan 1 och 20\u00a0000\u00a0kronor (utbetalt belopp)."));
		assertThat(RepaymentWithinGrant.check("amount", "Belopp", 20_001, 25_000, 20_000)).isPresent();
	}

	@Test
	void before_any_payment_the_granted_amount_is_the_ceiling() {
		assertThat(RepaymentWithinGrant.ceiling(25_000, 0)).isEqualTo(25_000);
		assertThat(RepaymentWithinGrant.check("amount", "Belopp", 25_001, 25_000, 0)).hasValueSatisfying(
				v -> assertThat(v.message().toString()).endsWith("(beviljat belopp)."));
	}
}
