package se.fuel.audit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.common.SwedishFormat;

/**
 * How a changed field of an audited object is said in words: its label and its values in the reader's language, from
 * the bundles. A field is labelled by {@code audit.field.<Type>.<field>} or, for the labels a module already has for its
 * forms, by the prefix {@code audit.fields.<Type>} names (an Application's {@code title} is
 * {@code applications.field.title}); a field inside an object ({@code texts.problem}) likewise with the object's name
 * added. A field without a label is internal and not said at all. Values: amounts in kronor, coded values by the
 * prefix {@code audit.values.<Type>.<field>}, yes and no in words; long texts and lists are not repeated.
 */
final class PlainWords {

	/** Longer texts are not repeated in the sentence: only that the field changed is said. */
	static final int LONGEST_VALUE = 120;

	private final MessageSource messages;

	private final Locale locale;

	PlainWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The field's label, or {@code null} when the field is not for a reader. */
	String label(String objectType, String field, String inner) {
		String path = inner == null ? field : field + "." + inner;
		String own = text("audit.field." + objectType + "." + path);
		if (own != null) {
			return own;
		}
		String prefix = text(inner == null ? "audit.fields." + objectType : "audit.fields." + objectType + "." + field);
		return prefix == null ? null : text(prefix + (inner == null ? field : inner));
	}

	/**
	 * A value as a sentence says it, or {@code null} when it is not said.
	 * @param jsonType the value's JSON type ({@code string}, {@code number}, {@code boolean}, ...; {@code null} when
	 *        the field had no value)
	 * @param value the value as text, possibly cut a little beyond {@link #LONGEST_VALUE}
	 */
	String value(String objectType, String field, String jsonType, String value) {
		if (jsonType == null || value == null || "null".equals(jsonType)) {
			return null;
		}
		return switch (jsonType) {
			case "number" -> isAmount(field) && value.matches("-?\\d{1,18}") ? SwedishFormat.kronor(Long.parseLong(value))
					: value;
			case "boolean" -> text("true".equals(value) ? "audit.plain.yes" : "audit.plain.no");
			case "string" -> value.isBlank() || value.length() > LONGEST_VALUE ? null : coded(objectType, field, value);
			default -> null;
		};
	}

	private String coded(String objectType, String field, String value) {
		String prefix = text("audit.values." + objectType + "." + field);
		String named = prefix == null ? null : text(prefix + value);
		return named == null ? value : named;
	}

	/** Money is kept in whole kronor in fields named so: amount, requestedAmount, grantedAmount... */
	static boolean isAmount(String field) {
		return field.equals("amount") || field.endsWith("Amount");
	}

	private String text(String key) {
		return messages.getMessage(key, null, null, locale);
	}
}
