package se.fuel.assistance.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.common.Text;

/**
 * The words of the assistance charts and exports ({@code assistance.figure.*} in
 * {@code i18n/assistance/messages_*.properties}) in one reader's language: the request's, Swedish by default.
 */
record AssistanceTexts(MessageSource messages, Locale locale) {

	String text(String key, Object... arguments) {
		return messages.getMessage(Text.of("assistance.figure." + key, arguments), locale);
	}

	/** A text of another bundle (a measure's or a category's name) in the same language. */
	String of(Text text) {
		return messages.getMessage(text, locale);
	}
}
