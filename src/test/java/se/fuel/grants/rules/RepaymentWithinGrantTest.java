package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Text;
import se.fuel.grants.rules.RepaymentWithinGrant.Repayment;

class RepaymentWithinGrantTest {

	private final RepaymentWithinGrant rule = new RepaymentWithinGrant();

	private static Repayment repay(String label, long amount, long granted, long paid, long alreadyRepaid) {
		return new Repayment("amount", Text.of(label), amount, granted, paid, alreadyRepaid);
	}

	@Test
	void accepts_any_amount_from_one_krona_up_to_what_was_paid() {
		assertThat(rule.check(repay("grants.field.repaymentAmount", 1, 25_000, 25_000, 0))).isEmpty();
		assertThat(rule.check(repay("grants.field.repaymentAmount", 25_000, 25_000, 25_000, 0))).isEmpty();
	}

	@Test
	void refuses_nothing_or_more_than_was_paid_naming_the_field_and_the_ceiling() {
		assertThat(rule.check(repay("grants.field.repaymentAmount", 0, 25_000, 20_000, 0))).singleElement()
			.satisfies(v -> {
				assertThat(v.field()).isEqualTo("amount");
				assertThat(v.rule()).isEqualTo("repayment-within-grant");
				assertThat(TestTexts.swedish(v))
					.isEqualTo("Belopp att återbetala måste vara mellan 1 och 20\u00a0000\u00a0kronor (utbetalt belopp).");
				assertThat(TestTexts.english(v))
					.isEqualTo("Amount to repay must be between 1 and 20\u00a0000\u00a0kronor (the amount paid out).");
			});
		assertThat(rule.check(repay("grants.field.repaymentAmount", 20_001, 25_000, 20_000, 0))).hasSize(1);
	}

	@Test
	void before_any_payment_the_granted_amount_is_the_ceiling() {
		assertThat(RepaymentWithinGrant.ceiling(25_000, 0)).isEqualTo(25_000);
		assertThat(rule.check(repay("grants.field.repaymentAmount", 25_001, 25_000, 0, 0))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).endsWith("(beviljat belopp)."));
	}

	@Test
	void what_was_already_repaid_leaves_that_much_less_room() {
		assertThat(rule.check(repay("grants.field.receivedAmount", 15_000, 25_000, 20_000, 5_000))).isEmpty();
		assertThat(rule.check(repay("grants.field.receivedAmount", 15_001, 25_000, 20_000, 5_000))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo(
					"Mottaget belopp får inte vara mer än 15\u00a0000\u00a0kronor (det som inte redan återbetalats)."));
	}
}
