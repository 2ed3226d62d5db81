package se.fuel.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule that an input or an action breaks, said so that the person who must fix it understands which field and why.
 *
 * @param field the form field or JSON property the rule concerns, e.g. {@code requestedAmount}
 * @param rule a stable machine-readable name of the rule, e.g. {@code amount-within-cap}
 * @param message the explanation, naming the field and the rule, resolved in the reader's language
 */
public record Violation(String field, String rule, Text message) {

	/** A violation whose message is the bundle's {@code key} with its arguments. */
	public static Violation of(String field, String rule, String key, Object... arguments) {
		return new Violation(field, rule, Text.of(key, arguments));
	}

	/** The same violation shown at another field, e.g. one row's field on a page with many rows. */
	public Violation at(String otherField) {
		return new Violation(otherField, rule, message);
	}

	/** The first message per field, fields in the order found: what a form shows inline beside each field. */
	public static Map<String, Text> firstPerField(List<Violation> violations) {
		Map<String, Text> byField = new LinkedHashMap<>();
		violations.forEach(v -> byField.putIfAbsent(v.field(), v.message()));
		return byField;
	}
}
