package se.fuel.documents;

/**
 * The OWASP "CSV Injection" rule: a spreadsheet takes a cell whose first character is {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return for a formula, so such a cell is written with a single quote in front, which
 * spreadsheets read as "this is text" and do not show. The writer also quotes such a cell, as OWASP recommends, so
 * that the quote and what follows stay one cell whatever else the cell holds.
 */
public final class FormulaNeutraliser {

	private FormulaNeutraliser() {
	}

	/** Whether a spreadsheet would read the text as the start of a formula. */
	public static boolean startsAFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			default -> false;
		};
	}

	/** The text as a spreadsheet will show it but never evaluate it. */
	public static String neutralise(String text) {
		return startsAFormula(text) ? "'" + text : text;
	}
}
