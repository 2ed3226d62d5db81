package se.fuel.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place where amounts and dates are written the Swedish way: {@code 3 198 400} with non-breaking spaces,
 * dates as {@code 2024-06-02} or {@code 2 juni 2024}, times in Europe/Stockholm.
 */
public final class SwedishFormat {

	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", SWEDISH);

	private SwedishFormat() {
	}

	/** Whole kronor grouped by threes with non-breaking spaces: {@code 3 198 400}. */
	public static String amount(long kronor) {
		String digits = Long.toString(Math.abs(kronor));
		var sb = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				sb.append('\u00A0');
			}
			sb.append(digits.charAt(i));
		}
		return (kronor < 0 ? "\u2212" : "") + sb;
	}

	public static String kronor(long kronor) {
		return amount(kronor) + "\u00A0kronor";
	}

	public static String longDate(LocalDate date) {
		return date == null ? "" : LONG_DATE.format(date);
	}

	/** A date as {@code 2023-12-12}, the way documents head and sign. */
	public static String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}

	/** The Stockholm calendar day of an instant as {@code 2023-11-30}. */
	public static String date(Instant instant) {
		return instant == null ? "" : date(ZonedDateTime.ofInstant(instant, ZONE).toLocalDate());
	}

	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZONE));
	}
}
