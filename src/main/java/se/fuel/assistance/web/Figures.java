package se.fuel.assistance.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import se.fuel.common.SwedishFormat;
import se.fuel.assistance.AssistancePoint;

/** Numbers and months for pages, charts and exports in the reader's language: "14 656", "−37,5", "okt 2003". */
public final class Figures {

	private Figures() {
	}

	/**
	 * A figure with {@code decimals} decimals, its decimal mark the reader's ({@code −37,5} in Swedish, {@code −37.5} in
	 * English); thousands are grouped with non-breaking spaces in both, as every amount in Fuel is.
	 */
	public static String number(Double value, int decimals, Locale locale) {
		if (value == null) {
			return "–";
		}
		var symbols = DecimalFormatSymbols.getInstance(SwedishFormat.SWEDISH);
		symbols.setDecimalSeparator(DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
		symbols.setGroupingSeparator('\u00a0');
		symbols.setMinusSign('−');
		DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
		return f.format(value);
	}

	public static String percent(Double value, Locale locale) {
		return value == null ? "–" : number(value, 1, locale) + "\u00a0%";
	}

	public static String month(YearMonth month) {
		return month(month, SwedishFormat.SWEDISH);
	}

	/** A month as the reader's language abbreviates it: "okt 2003", "Oct 2003". */
	public static String month(YearMonth month, Locale locale) {
		return month.getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", "") + " " + month.getYear();
	}

	/** As a file's period column: 2003-10, or 2003 for a whole year. */
	public static String code(AssistancePoint point) {
		return point.annual() ? String.valueOf(point.month().getYear()) : point.month().toString();
	}
}
