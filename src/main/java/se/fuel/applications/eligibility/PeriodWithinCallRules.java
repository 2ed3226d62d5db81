package se.fuel.applications.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.calls.CallView;
import se.fuel.common.SwedishFormat;

/**
 * The project period is given, ends no earlier than it starts, is no longer than the call's longest period, and lies
 * within the call's year: "Medlen avser det år de beviljas och ansökan kan maximalt omfatta ett år" (2019 rules).
 * A period of N months runs from the start date up to the day before the same date N months later, so 1 January to
 * 31 December is twelve months.
 */
public final class PeriodWithinCallRules implements EligibilityPolicy {

	public static final String RULE_START_REQUIRED = "start-date-required";

	public static final String RULE_END_REQUIRED = "end-date-required";

	public static final String RULE_END_AFTER_START = "end-not-before-start";

	public static final String RULE_LONGEST_PERIOD = "longest-period";

	public static final String RULE_CALL_YEAR = "period-within-call-year";

	private static final String YEAR_RULE = "medlen avser det år de beviljas och ansökan kan maximalt omfatta "
			+ "ett år.";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		CallView call = candidate.call();
		LocalDate start = candidate.startDate();
		LocalDate end = candidate.endDate();
		var findings = new ArrayList<Finding>();
		if (start == null) {
			findings.add(Finding.error(FieldLabels.START_DATE, RULE_START_REQUIRED,
					"Startdatum måste anges: ansökan ska ange när projektet börjar."));
		}
		else if (start.getYear() != call.year()) {
			findings.add(outsideYear(FieldLabels.START_DATE, "Startdatum", start, call.year()));
		}
		if (end == null) {
			findings.add(Finding.error(FieldLabels.END_DATE, RULE_END_REQUIRED,
					"Slutdatum måste anges: ansökan ska ange när projektet slutar."));
		}
		else if (end.getYear() != call.year()) {
			findings.add(outsideYear(FieldLabels.END_DATE, "Slutdatum", end, call.year()));
		}
		if (start == null || end == null) {
			return findings;
		}
		if (end.isBefore(start)) {
			findings.add(Finding.error(FieldLabels.END_DATE, RULE_END_AFTER_START, "Slutdatum ("
					+ SwedishFormat.longDate(end) + ") ligger före startdatum (" + SwedishFormat.longDate(start)
					+ "): projektet måste sluta samma dag som det börjar eller senare."));
		}
		else if (call.longestPeriodMonths() != null && end.isAfter(lastDayOf(start, call.longestPeriodMonths()))) {
			int longest = call.longestPeriodMonths();
			findings.add(Finding.error(FieldLabels.END_DATE, RULE_LONGEST_PERIOD,
					"Projektperioden (" + SwedishFormat.longDate(start) + " till " + SwedishFormat.longDate(end)
							+ ") är längre än utlysningens längsta projektperiod, " + months(longest)
							+ ": slutdatum får vara senast " + SwedishFormat.longDate(lastDayOf(start, longest)) + "."));
		}
		return findings;
	}

	private static LocalDate lastDayOf(LocalDate start, int months) {
		return start.plusMonths(months).minusDays(1);
	}

	private static String months(int months) {
		return months == 1 ? "1 månad" : months + " månader";
	}

	private static Finding outsideYear(String field, String label, LocalDate date, int year) {
		return Finding.error(field, RULE_CALL_YEAR, label + " (" + SwedishFormat.longDate(date)
				+ ") ligger utanför utlysningens år " + year + ": " + YEAR_RULE);
	}
}
