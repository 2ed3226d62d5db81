package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.grants.rules.PaymentAtMostWhatIsLeft.Payment;

class PaymentAtMostWhatIsLeftTest {

	private final PaymentAtMostWhatIsLeft rule = new PaymentAtMostWhatIsLeft();

	@Test
	void accepts_a_payment_up_to_exactly_what_is_left() {
		assertThat(rule.check(new Payment(1L, 100_000))).isEmpty();
		assertThat(rule.check(new Payment(100_000L, 100_000))).isEmpty();
	}

	@Test
	void refuses_one_krona_more_than_what_is_left_naming_what_is_left() {
		assertThat(rule.check(new Payment(100_001L, 100_000))).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("amount");
			assertThat(v.rule()).isEqualTo("payment-within-grant");
			assertThat(TestTexts.swedish(v))
				.isEqualTo("Belopp får inte vara mer än det som återstår att betala ut: 100\u00a0000\u00a0kronor.");
			assertThat(TestTexts.english(v))
				.isEqualTo("The amount must not be more than what is left to pay out: 100\u00a0000\u00a0kronor.");
		});
	}

	@Test
	void refuses_any_payment_once_everything_is_paid_out() {
		assertThat(rule.check(new Payment(1L, 0))).extracting(v -> v.rule()).containsExactly("payment-within-grant");
	}

	@Test
	void refuses_a_missing_or_zero_amount_as_not_positive() {
		assertThat(rule.check(new Payment(null, 100_000))).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("amount-positive");
			assertThat(TestTexts.swedish(v)).isEqualTo("Belopp måste anges i hela kronor, till exempel 25000.");
		});
		assertThat(rule.check(new Payment(0L, 100_000))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Belopp måste vara större än 0 kronor."));
		assertThat(rule.check(new Payment(-5L, 100_000))).hasSize(1);
	}
}
