package se.fuel.applications.eligibility;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.CallView;

class AmountWithinCapTest {

	private final AmountWithinCap policy = new AmountWithinCap();

	private final CallView lum = CallBuilder.lum2024().build();

	@Test
	void accepts_an_amount_below_the_cap() {
		assertThat(policy.check(CandidateBuilder.to(lum).amount(500_000).build())).isEmpty();
	}

	@Test
	void accepts_an_amount_exactly_at_the_cap() {
		assertThat(policy.check(CandidateBuilder.to(lum).amount(750_000).build())).isEmpty();
	}

	@Test
	void refuses_an_amount_above_the_calls_cap() {
		assertThat(policy.check(CandidateBuilder.to(lum).amount(800_000).build())).singleElement()
			.satisfies(violation -> {
				assertThat(violation.field()).isEqualTo("requestedAmount");
				assertThat(violation.rule()).isEqualTo("amount-within-cap");
				assertThat(swedish(violation)).isEqualTo("Sökt belopp (800\u00A0000\u00A0kronor) är "
						+ "högre än utlysningens högsta belopp per ansökan, 750\u00A0000\u00A0kronor.");
			});
	}

	@Test
	void refuses_one_krona_above_the_cap() {
		assertThat(policy.check(CandidateBuilder.to(lum).amount(750_001).build())).hasSize(1);
	}

	@Test
	void refuses_a_study_visit_above_25_000_kronor() {
		CallView mul = CallBuilder.mul2024().build();

		assertThat(policy.check(CandidateBuilder.studyVisitTo(mul).amount(25_001).build())).singleElement()
			.satisfies(violation -> assertThat(swedish(violation)).endsWith("25\u00A0000\u00A0kronor."));
		assertThat(policy.check(CandidateBuilder.studyVisitTo(mul).amount(25_000).build())).isEmpty();
	}

	@Test
	void refuses_a_zero_amount() {
		assertThat(policy.check(CandidateBuilder.to(lum).amount(0).build())).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo("amount-positive");
			assertThat(swedish(violation))
				.isEqualTo("Sökt belopp (0\u00A0kronor) måste vara större än 0 kronor.");
		});
	}

	@Test
	void refuses_a_negative_amount() {
		assertThat(policy.check(CandidateBuilder.to(lum).amount(-100).build())).singleElement()
			.satisfies(violation -> assertThat(violation.rule()).isEqualTo("amount-positive"));
	}
}
