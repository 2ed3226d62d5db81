package se.fuel.grants.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import se.fuel.common.Text;

/**
 * When a grant's organisation is reminded of something due (a report or a repayment notice): once a configured number
 * of days before the due date, on the due date and then every week after it until the thing is in. A day the
 * reminder run missed is caught up the next run, but never more than one reminder a day.
 */
final class ReminderSchedule {

	/** Days before the due date of the first reminder when nothing is configured. */
	public static final int DEFAULT_DAYS_BEFORE = 14;

	/** Which reminder of the series it is. */
	public enum Step {
		BEFORE, ON_DUE_DATE, WEEK_AFTER;

		/** The step within a sentence, e.g. "vecka efter". */
		Text label() {
			return Text.of("grants.reminder.step." + name());
		}
	}

	private final int daysBefore;

	public ReminderSchedule(int daysBefore) {
		if (daysBefore < 1) {
			throw new IllegalArgumentException("Reminders start at least one day before the due date, got " + daysBefore);
		}
		this.daysBefore = daysBefore;
	}

	public int daysBefore() {
		return daysBefore;
	}

	/**
	 * The reminder to send today, if any.
	 * @param dueDate when the report or notice is due; null means nothing is due
	 * @param sentOn the days reminders of this series were already sent
	 * @param isIn the report or repayment is in: nothing more to remind of
	 */
	public Optional<Step> dueToday(LocalDate dueDate, LocalDate today, Collection<LocalDate> sentOn, boolean isIn) {
		if (dueDate == null || isIn || sentOn.contains(today)) {
			return Optional.empty();
		}
		LocalDate firstDay = dueDate.minusDays(daysBefore);
		if (today.isBefore(firstDay)) {
			return Optional.empty();
		}
		if (today.isBefore(dueDate)) {
			boolean alreadyReminded = sentOn.stream().anyMatch(d -> !d.isBefore(firstDay) && d.isBefore(dueDate));
			return alreadyReminded ? Optional.empty() : Optional.of(Step.BEFORE);
		}
		if (today.equals(dueDate)) {
			return Optional.of(Step.ON_DUE_DATE);
		}
		Optional<LocalDate> lastAfterDue = sentOn.stream().filter(d -> !d.isBefore(dueDate)).max(LocalDate::compareTo);
		if (lastAfterDue.isEmpty() || !today.isBefore(lastAfterDue.get().plusWeeks(1))) {
			return Optional.of(Step.WEEK_AFTER);
		}
		return Optional.empty();
	}
}
