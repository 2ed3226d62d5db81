package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.rules.UnapprovedReportBlocksNewFunds.Blocking;

class UnapprovedReportBlocksNewFundsTest {

	private final UnapprovedReportBlocksNewFunds rule = new UnapprovedReportBlocksNewFunds();

	private Optional<Blocking> check(boolean decidedInFuel, GrantStatus status, LocalDate due, LocalDate asOf) {
		return rule.blocking(new UnapprovedReportBlocksNewFunds.GrantReport(decidedInFuel, status, due, asOf));
	}

	static final LocalDate DUE = LocalDate.of(2025, 2, 28);

	static final LocalDate AFTER = DUE.plusDays(1);

	@Test
	void a_report_not_handed_in_after_its_due_date_is_overdue() {
		assertThat(check(true, GrantStatus.IN_PROGRESS, DUE, AFTER))
			.contains(Blocking.OVERDUE);
		assertThat(check(true, GrantStatus.GRANTED, DUE, AFTER))
			.contains(Blocking.OVERDUE);
	}

	@Test
	void a_report_handed_in_or_returned_but_not_approved_blocks_as_not_approved() {
		assertThat(check(true, GrantStatus.REPORT_HANDED_IN, DUE,
				AFTER)).contains(Blocking.NOT_APPROVED);
		assertThat(check(true, GrantStatus.RETURNED_FOR_COMPLETION, DUE, AFTER))
			.contains(Blocking.NOT_APPROVED);
	}

	@Test
	void an_approved_report_or_a_closed_grant_blocks_nothing() {
		assertThat(check(true, GrantStatus.APPROVED, DUE, AFTER))
			.isEmpty();
		assertThat(check(true, GrantStatus.CLOSED, DUE, AFTER))
			.isEmpty();
	}

	@Test
	void a_report_blocks_only_from_the_day_after_its_due_date() {
		assertThat(check(true, GrantStatus.IN_PROGRESS, DUE, DUE)).isEmpty();
		assertThat(check(true, GrantStatus.IN_PROGRESS, null, AFTER))
			.isEmpty();
	}

	@Test
	void says_why_the_report_stands_in_the_way() {
		assertThat(rule.check(new UnapprovedReportBlocksNewFunds.GrantReport(true, GrantStatus.IN_PROGRESS, DUE, AFTER)))
			.singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v))
				.isEqualTo("Redovisningen har inte lämnats in fast sista dagen har passerat."));
		assertThat(rule.check(new UnapprovedReportBlocksNewFunds.GrantReport(true, GrantStatus.APPROVED, DUE, AFTER)))
			.isEmpty();
	}

	@Test
	void a_grant_decided_before_fuel_never_blocks() {
		assertThat(check(false, GrantStatus.IN_PROGRESS, DUE,
				LocalDate.of(2026, 11, 24))).isEmpty();
	}
}
