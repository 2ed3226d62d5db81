package se.fuel.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * The one place that reads kronor, whole numbers and dates typed into a form. A value that cannot be read adds a
 * violation naming the field and what was expected, and returns null, so the form is shown again with everything the
 * person typed; a blank value is null without a violation, left to the rule that requires it.
 *
 * <p>{@code label} is the field's label as the form shows it, a {@link Text} so that the message names it in the
 * reader's language.
 */
public final class FormInput {

	private FormInput() {
	}

	/** Whole kronor, with spaces, non-breaking spaces and a trailing "kr", "kronor" or "SEK" allowed. */
	public static Long kronor(String typed, String field, Text label, List<Violation> violations) {
		String value = blankToNull(typed);
		if (value == null) {
			return null;
		}
		String digits = withoutSpaces(value).replaceFirst("(?i)(kr|kronor|sek)$", "");
		if (!digits.matches("\\d{1,12}")) {
			violations.add(Violation.of(field, "whole-kronor", "input.kronor", label));
			return null;
		}
		return Long.valueOf(digits);
	}

	/** A whole number, with spaces allowed between the digits. */
	public static Integer integer(String typed, String field, Text label, List<Violation> violations) {
		String value = blankToNull(typed);
		if (value == null) {
			return null;
		}
		String digits = withoutSpaces(value);
		if (!digits.matches("-?\\d{1,9}")) {
			violations.add(Violation.of(field, "integer", "input.integer", label));
			return null;
		}
		return Integer.valueOf(digits);
	}

	/** A date written as ISO 8601, {@code 2027-01-15}, as the date input sends it. */
	public static LocalDate date(String typed, String field, Text label, List<Violation> violations) {
		String value = blankToNull(typed);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "date", "input.date", label));
			return null;
		}
	}

	/** A date and time in Stockholm ({@code 2027-03-31T23:59}, or a date alone meaning its midnight). */
	public static Instant dateTime(String typed, String field, Text label, List<Violation> violations) {
		String value = blankToNull(typed);
		if (value == null) {
			return null;
		}
		try {
			String local = value.length() == 10 ? value + "T00:00" : value.replace(' ', 'T');
			return LocalDateTime.parse(local).atZone(SwedishFormat.ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "date-time", "input.date-time", label));
			return null;
		}
	}

	/** The text without surrounding space, or null when nothing was typed. */
	public static String blankToNull(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	private static String withoutSpaces(String value) {
		return value.replaceAll("[\\s\u00A0\u202F]", "");
	}
}
