package se.fuel.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule that an input or an action breaks, said so that the person who must fix it understands which field and why.
 *
 * @param field the form field or JSON property the rule concerns, e.g. {@code requestedAmount}
 * @param rule a stable machine-readable name of the rule, e.g. {@code amount-within-cap}
 * @param message the explanation in Swedish, naming the field and the rule
 */
public record Violation(String field, String rule, String message) {

	/** The first message per field, fields in the order found: what a form shows inline beside each field. */
	public static Map<String, String> firstPerField(List<Violation> violations) {
		Map<String, String> byField = new LinkedHashMap<>();
		violations.forEach(v -> byField.putIfAbsent(v.field(), v.message()));
		return byField;
	}
}
