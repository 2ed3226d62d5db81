package se.fuel.common;

import java.util.List;

/**
 * Small numbers written out in words, as Swedish official documents do in running text ("fjorton ansökningar", "tio
 * stadsdelsförvaltningar"). Numbers above one hundred are written in digits, grouped the Swedish way.
 */
public final class SwedishNumbers {

	private static final String[] UNITS = { "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
			"tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton" };

	private static final String[] TENS = { "", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio",
			"åttio", "nittio" };

	private SwedishNumbers() {
	}

	/** The number in words for a noun of common gender ("en ansökan", "tjugoen ansökningar"). */
	public static String words(int n) {
		return words(n, false);
	}

	/** The number in words for a neuter noun ("ett projekt", "tjugoett projekt"). */
	public static String neuterWords(int n) {
		return words(n, true);
	}

	/** The count and the noun in the right number: "en ansökan", "fjorton ansökningar". */
	public static String count(int n, String singular, String plural) {
		return words(n) + " " + (n == 1 ? singular : plural);
	}

	/** The same with a capital first letter, to start a sentence: "Åtta ansökningar". */
	public static String capitalised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return text.substring(0, 1).toUpperCase(SwedishFormat.SWEDISH) + text.substring(1);
	}

	/** Joins the way Swedish prose lists things: "A", "A och B", "A, B och C". */
	public static String list(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
	}

	private static String words(int n, boolean neuter) {
		if (n < 0 || n > 100) {
			return SwedishFormat.amount(n);
		}
		if (n == 100) {
			return "hundra";
		}
		if (n < 20) {
			return n == 1 && neuter ? "ett" : UNITS[n];
		}
		int unit = n % 10;
		String tens = TENS[n / 10];
		if (unit == 0) {
			return tens;
		}
		return tens + (unit == 1 && neuter ? "ett" : UNITS[unit]);
	}
}
