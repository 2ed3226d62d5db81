package se.fuel;

import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.system.MessageBundles;

/** A {@link Text} read as a user would see it, from the real bundles, for tests of rules that say something. */
public final class TestTexts {

	private static final MessageSource MESSAGES = MessageBundles.source();

	private TestTexts() {
	}

	public static String swedish(Text text) {
		return MESSAGES.getMessage(text, Locale.forLanguageTag("sv-SE"));
	}

	public static String english(Text text) {
		return MESSAGES.getMessage(text, Locale.ENGLISH);
	}

	public static String swedish(Violation violation) {
		return swedish(violation.message());
	}

	public static String english(Violation violation) {
		return english(violation.message());
	}
}
