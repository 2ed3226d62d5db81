package se.fuel.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import se.fuel.grants.internal.ReminderSchedule.Step;

class ReminderScheduleTests {

	private static final LocalDate DUE = LocalDate.of(2027, 2, 28);

	private final ReminderSchedule schedule = new ReminderSchedule(ReminderSchedule.DEFAULT_DAYS_BEFORE);

	@Test
	void reminds_fourteen_days_before_the_due_date() {
		assertThat(schedule.dueToday(DUE, DUE.minusDays(14), List.of(), false)).contains(Step.BEFORE);
		assertThat(schedule.dueToday(DUE, DUE.minusDays(15), List.of(), false)).isEmpty();
	}

	@Test
	void reminds_only_once_before_the_due_date() {
		assertThat(schedule.dueToday(DUE, DUE.minusDays(13), List.of(DUE.minusDays(14)), false)).isEmpty();
	}

	@Test
	void catches_up_a_missed_reminder_before_the_due_date() {
		assertThat(schedule.dueToday(DUE, DUE.minusDays(12), List.of(), false)).contains(Step.BEFORE);
	}

	@Test
	void reminds_on_the_due_date() {
		assertThat(schedule.dueToday(DUE, DUE, List.of(DUE.minusDays(14)), false)).contains(Step.ON_DUE_DATE);
	}

	@Test
	void reminds_weekly_after_the_due_date_until_the_report_is_in() {
		List<LocalDate> sent = List.of(DUE.minusDays(14), DUE);
		assertThat(schedule.dueToday(DUE, DUE.plusDays(6), sent, false)).isEmpty();
		assertThat(schedule.dueToday(DUE, DUE.plusDays(7), sent, false)).contains(Step.WEEK_AFTER);
		List<LocalDate> later = List.of(DUE.minusDays(14), DUE, DUE.plusDays(7));
		assertThat(schedule.dueToday(DUE, DUE.plusDays(13), later, false)).isEmpty();
		assertThat(schedule.dueToday(DUE, DUE.plusDays(14), later, false)).contains(Step.WEEK_AFTER);
		assertThat(schedule.dueToday(DUE, DUE.plusDays(14), later, true)).isEmpty();
	}

	@Test
	void never_reminds_twice_on_the_same_day() {
		assertThat(schedule.dueToday(DUE, DUE, List.of(DUE), false)).isEmpty();
		assertThat(schedule.dueToday(DUE, DUE.minusDays(14), List.of(DUE.minusDays(14)), false)).isEmpty();
	}

	@Test
	void does_not_remind_when_the_report_is_in() {
		assertThat(schedule.dueToday(DUE, DUE, List.of(), true)).isEmpty();
		assertThat(schedule.dueToday(DUE, DUE.minusDays(14), List.of(), true)).isEmpty();
	}

	@Test
	void does_not_remind_when_nothing_is_due() {
		assertThat(schedule.dueToday(null, DUE, List.of(), false)).isEqualTo(Optional.empty());
	}

	@Test
	void follows_the_configured_number_of_days_before() {
		ReminderSchedule thirty = new ReminderSchedule(30);
		assertThat(thirty.dueToday(DUE, DUE.minusDays(30), List.of(), false)).contains(Step.BEFORE);
		assertThat(schedule.dueToday(DUE, DUE.minusDays(30), List.of(), false)).isEmpty();
	}
}
