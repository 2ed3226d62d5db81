package se.fuel.applications.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;

class EligibilityPoliciesTest {

	private final EligibilityPolicies policies = EligibilityPolicies.all();

	private final CallView lum = CallBuilder.lum2024().build();

	@Test
	void finds_nothing_in_an_application_that_meets_every_rule() {
		EligibilityResult result = policies.evaluate(CandidateBuilder.to(lum).build());

		assertThat(result.findings()).isEmpty();
		assertThat(result.blocked()).isFalse();
	}

	@Test
	void reports_an_amount_above_the_cap_and_a_missing_gender_equality_analysis_at_once() {
		var candidate = CandidateBuilder.to(lum).amount(800_000).without(ApplicationSection.genderAnalysis).build();

		EligibilityResult result = policies.evaluate(candidate);

		assertThat(result.blocked()).isTrue();
		assertThat(result.errors()).extracting(finding -> finding.violation().field() + " " + finding.violation().rule())
			.containsExactly("requestedAmount amount-within-cap", "genderAnalysis required-section");
		assertThat(result.errorViolations()).hasSize(2);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void lets_a_submission_with_only_a_warning_through_while_showing_the_warning() {
		var candidate = CandidateBuilder.to(lum).otherSubmissionsInCapGroup(3).build();

		EligibilityResult result = policies.evaluate(candidate);

		assertThat(result.blocked()).isFalse();
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).extracting(finding -> finding.violation().rule())
			.containsExactly("grants-per-organisation-cap");
	}

	@Test
	void returns_errors_and_warnings_together_from_check() {
		var candidate = CandidateBuilder.to(lum)
			.at(lum.closesAt())
			.otherSubmissionsInCapGroup(5)
			.build();

		assertThat(policies.check(candidate)).extracting(finding -> finding.violation().rule())
			.containsExactly("inside-call-window", "grants-per-organisation-cap");
	}

	@Test
	void accepts_a_valid_study_visit() {
		CallView mul = CallBuilder.mul2024().build();

		assertThat(policies.check(CandidateBuilder.studyVisitTo(mul).build())).isEmpty();
	}

	@Test
	void holds_every_rule_once() {
		assertThat(policies.rules()).hasSize(9)
			.extracting(registered -> registered.rule().getClass())
			.doesNotHaveDuplicates();
	}

	@Test
	void blocks_on_every_rule_but_the_cap_on_grants_per_organisation() {
		assertThat(policies.rules()).extracting(EligibilityPolicies.Registered::severity)
			.containsExactly(Finding.Severity.ERROR, Finding.Severity.ERROR, Finding.Severity.ERROR,
					Finding.Severity.ERROR, Finding.Severity.ERROR, Finding.Severity.ERROR, Finding.Severity.ERROR,
					Finding.Severity.ERROR, Finding.Severity.WARNING);
	}

	@Test
	void an_amount_above_the_cap_stops_the_submission() {
		var candidate = CandidateBuilder.to(lum).amount(800_000).build();

		assertThat(policies.check(candidate)).singleElement().satisfies(finding -> {
			assertThat(finding.blocks()).isTrue();
			assertThat(finding.violation().rule()).isEqualTo(AmountWithinCap.RULE);
		});
	}
}
