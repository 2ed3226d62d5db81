package se.fuel.assistance.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import se.fuel.common.SwedishFormat;
import se.fuel.assistance.AssistancePoint;

/** Numbers and months written the Swedish way for pages, charts and exports: "14 656", "−37,5", "okt 2003". */
public final class Figures {

	private Figures() {
	}

	public static String number(Double value, int decimals) {
		if (value == null) {
			return "–";
		}
		var symbols = DecimalFormatSymbols.getInstance(SwedishFormat.SWEDISH);
		symbols.setGroupingSeparator('\u00a0');
		symbols.setMinusSign('−');
		DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
		return f.format(value);
	}

	public static String percent(Double value) {
		return value == null ? "–" : number(value, 1) + "\u00a0%";
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
