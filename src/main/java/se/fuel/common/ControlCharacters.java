package se.fuel.common;

/**
 * Text a person can have typed: no control characters but tab, line feed and carriage return (which multi-line text
 * needs). PostgreSQL refuses a NUL byte in text outright, and the other control characters are invisible in every page
 * and export, so a value carrying them is refused where it enters rather than stored or answered with a server error.
 */
public final class ControlCharacters {

	public static final String RULE = "no-control-characters";

	private ControlCharacters() {
	}

	/** Whether the text holds a character below U+0020 other than tab, LF and CR, or U+007F (DEL). */
	public static boolean present(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return true;
			}
		}
		return false;
	}

	public static Violation violation(String field) {
		return Violation.of(field, RULE, "common.controlCharacters", field);
	}
}
