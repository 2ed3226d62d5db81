package se.fuel.events.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.common.Text;

/**
 * The texts of the events' exports and charts ({@code events.export.*} and {@code events.chart.*} in
 * {@code i18n/events/messages_*.properties}) in one reader's language: the request's, Swedish by default.
 */
record EventTexts(MessageSource messages, Locale locale) {

	String text(String key, Object... arguments) {
		return messages.getMessage(Text.of("events." + key, arguments), locale);
	}

	List<String> texts(String... keys) {
		return Arrays.stream(keys).map(this::text).toList();
	}

	/** A text of the module (an event kind's name) in the same language. */
	String of(Text text) {
		return messages.getMessage(text, locale);
	}
}
