package se.fuel.common;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text for a person that is not yet in a language: a message-bundle key and its arguments. Services say what
 * happened with a {@code Text}; the page, the API answer or the mail resolves it in its reader's language, so the
 * English interface never shows a Swedish sentence built in Java.
 *
 * <p>Arguments are data (a registration number, an amount) or other texts (a field's label, a status), which the
 * message source resolves first.
 */
public final class Text implements MessageSourceResolvable {

	private final String key;

	private final Object[] arguments;

	private Text(String key, Object[] arguments) {
		this.key = key;
		this.arguments = arguments;
	}

	/** The message {@code key} of the bundles with its arguments, {@code {0}}, {@code {1}}, … in the message. */
	public static Text of(String key, Object... arguments) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("A text needs a message key");
		}
		return new Text(key, arguments.clone());
	}

	public String key() {
		return key;
	}

	public List<Object> arguments() {
		return Arrays.asList(arguments);
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Text t && java.util.Objects.equals(key, t.key) && Arrays.equals(arguments, t.arguments);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(key, Arrays.hashCode(arguments));
	}

	/** For logs and exception messages: the key and its arguments, never a translation. */
	@Override
	public String toString() {
		return key + (arguments.length == 0 ? "" : Arrays.toString(arguments));
	}
}
