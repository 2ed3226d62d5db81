package se.fuel.decisions.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A minutes' paragraph is shown one way everywhere, "§ 7": the sign, one space, the number (and a letter, "§ 7 a",
 * when the minutes split a paragraph). Whatever the officer types that means a paragraph number ("7", "§7", "7 §")
 * is stored in that form, so every page, mail and export shows what is stored; anything else is refused rather than
 * stored in a second way. A missing or too long paragraph is another rule's
 * ({@link CommitteeDecisionAfterAttestation}).
 */
public final class ParagraphShownOneWay implements Rule<String> {

	public static final String RULE = "paragraph-number";

	private static final Pattern NUMBER = Pattern.compile("§?\\s*0*(\\d{1,5})\\s*([a-zA-ZåäöÅÄÖ])?\\s*§?");

	@Override
	public List<Violation> check(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > CommitteeDecisionAfterAttestation.MAX_PARAGRAPH
				|| NUMBER.matcher(typed.strip()).matches()) {
			return List.of();
		}
		return List.of(Violation.of("paragraph", RULE, "decisions.rule.paragraphNumber"));
	}

	/** The paragraph as it is stored and shown, "§ 7"; what is not a paragraph number comes back stripped. */
	public static String shown(String typed) {
		if (typed == null) {
			return null;
		}
		Matcher number = NUMBER.matcher(typed.strip());
		if (!number.matches()) {
			return typed.strip();
		}
		String letter = number.group(2);
		return "§ " + number.group(1) + (letter == null ? "" : " " + letter.toLowerCase(Locale.ROOT));
	}
}
