package se.fuel.applications.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.calls.CallView;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * The project period is given, ends no earlier than it starts, is no longer than the call's longest period, and lies
 * within the call's year: "Medlen avser det år de beviljas och ansökan kan maximalt omfatta ett år" (2019 rules).
 * A period of N months runs from the start date up to the day before the same date N months later, so 1 January to
 * 31 December is twelve months.
 */
public final class PeriodWithinCallRules implements Rule<SubmissionCandidate> {

	public static final String RULE_START_REQUIRED = "start-date-required";

	public static final String RULE_END_REQUIRED = "end-date-required";

	public static final String RULE_END_AFTER_START = "end-not-before-start";

	public static final String RULE_LONGEST_PERIOD = "longest-period";

	public static final String RULE_CALL_YEAR = "period-within-call-year";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		CallView call = candidate.call();
		LocalDate start = candidate.startDate();
		LocalDate end = candidate.endDate();
		var found = new ArrayList<Violation>();
		if (start == null) {
			found.add(Violation.of(FieldLabels.START_DATE, RULE_START_REQUIRED, "applications.rule.startDateRequired"));
		}
		else if (start.getYear() != call.year()) {
			found.add(outsideYear(FieldLabels.START_DATE, start, call.year()));
		}
		if (end == null) {
			found.add(Violation.of(FieldLabels.END_DATE, RULE_END_REQUIRED, "applications.rule.endDateRequired"));
		}
		else if (end.getYear() != call.year()) {
			found.add(outsideYear(FieldLabels.END_DATE, end, call.year()));
		}
		if (start == null || end == null) {
			return found;
		}
		if (end.isBefore(start)) {
			found.add(Violation.of(FieldLabels.END_DATE, RULE_END_AFTER_START, "applications.rule.endNotBeforeStart",
					SwedishFormat.longDate(end), SwedishFormat.longDate(start)));
		}
		else if (call.longestPeriodMonths() != null && end.isAfter(lastDayOf(start, call.longestPeriodMonths()))) {
			int longest = call.longestPeriodMonths();
			found.add(Violation.of(FieldLabels.END_DATE, RULE_LONGEST_PERIOD, "applications.rule.longestPeriod",
					SwedishFormat.longDate(start), SwedishFormat.longDate(end),
					Text.of("applications.rule.months", longest), SwedishFormat.longDate(lastDayOf(start, longest))));
		}
		return found;
	}

	private static LocalDate lastDayOf(LocalDate start, int months) {
		return start.plusMonths(months).minusDays(1);
	}

	private static Violation outsideYear(String field, LocalDate date, int year) {
		return Violation.of(field, RULE_CALL_YEAR, "applications.rule.periodWithinCallYear", FieldLabels.label(field),
				SwedishFormat.longDate(date), String.valueOf(year));
	}
}
