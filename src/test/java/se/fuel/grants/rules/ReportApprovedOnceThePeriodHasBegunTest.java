package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.grants.rules.ReportApprovedOnceThePeriodHasBegun.Approval;

class ReportApprovedOnceThePeriodHasBegunTest {

	static final LocalDate START = LocalDate.of(2031, 1, 1);

	final ReportApprovedOnceThePeriodHasBegun rule = new ReportApprovedOnceThePeriodHasBegun();

	@Test
	void a_report_is_approved_from_the_first_day_of_the_period() {
		assertThat(rule.check(new Approval(START, START, null))).isEmpty();
		assertThat(rule.check(new Approval(START, START.plusMonths(14), ""))).isEmpty();
	}

	@Test
	void a_report_of_a_period_still_to_come_is_refused_offering_the_override() {
		assertThat(rule.check(new Approval(START, START.minusDays(1), "  ")))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.field()).isEqualTo("overrideReason");
				assertThat(v.rule()).isEqualTo(ReportApprovedOnceThePeriodHasBegun.RULE);
				assertThat(TestTexts.swedish(v)).isEqualTo("Projektperiod: redovisningen kan inte godkännas före "
						+ "projektperiodens start 2031-01-01. Ange skälet om du ändå vill godkänna den.");
				assertThat(TestTexts.english(v)).startsWith("Project period: the report cannot be approved before");
			});
	}

	@Test
	void an_officer_approves_before_the_period_with_a_reason() {
		var approval = new Approval(START, START.minusDays(30), "Projektet startade i förtid med egna medel.");
		assertThat(rule.check(approval)).isEmpty();
		assertThat(approval.beforePeriod()).isTrue();
	}

	@Test
	void the_reason_fits_the_audit_trail() {
		assertThat(rule.check(new Approval(START, START.minusDays(1), "x".repeat(2001))))
			.singleElement()
			.satisfies(v -> assertThat(v.rule()).isEqualTo(ReportApprovedOnceThePeriodHasBegun.RULE_REASON_LENGTH));
	}

	@Test
	void a_grant_without_a_known_period_is_approved_as_before() {
		assertThat(rule.check(new Approval(null, START, null))).isEmpty();
	}
}
