package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.rules.UnapprovedReportBlocksNewFunds.Blocking;

class UnapprovedReportBlocksNewFundsTests {

	static final LocalDate DUE = LocalDate.of(2025, 2, 28);

	static final LocalDate AFTER = DUE.plusDays(1);

	@Test
	void a_report_not_handed_in_after_its_due_date_is_overdue() {
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.IN_PROGRESS, DUE, AFTER))
			.contains(Blocking.OVERDUE);
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.GRANTED, DUE, AFTER))
			.contains(Blocking.OVERDUE);
	}

	@Test
	void a_report_handed_in_or_returned_but_not_approved_blocks_as_not_approved() {
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.REPORT_HANDED_IN, DUE,
				AFTER)).contains(Blocking.NOT_APPROVED);
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.RETURNED_FOR_COMPLETION, DUE, AFTER))
			.contains(Blocking.NOT_APPROVED);
	}

	@Test
	void an_approved_report_or_a_closed_grant_blocks_nothing() {
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.APPROVED, DUE, AFTER))
			.isEmpty();
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.CLOSED, DUE, AFTER))
			.isEmpty();
	}

	@Test
	void a_report_blocks_only_from_the_day_after_its_due_date() {
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.IN_PROGRESS, DUE, DUE)).isEmpty();
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.DECISION, GrantStatus.IN_PROGRESS, null, AFTER))
			.isEmpty();
	}

	@Test
	void a_grant_decided_before_fuel_never_blocks() {
		assertThat(UnapprovedReportBlocksNewFunds.check(Grant.Origin.HISTORICAL, GrantStatus.IN_PROGRESS, DUE,
				LocalDate.of(2026, 11, 24))).isEmpty();
	}
}
