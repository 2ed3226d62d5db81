package se.fuel.statistics.assistance.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import se.fuel.common.Text;

/**
 * The words of the assistance charts and exports ({@code statistics.assistance.*} in
 * {@code i18n/statistics/messages_*.properties}) in one reader's language: the request's, Swedish by default.
 */
record AssistanceTexts(MessageSource messages, Locale locale) {

	String text(String key, Object... arguments) {
		return messages.getMessage(Text.of("statistics.assistance." + key, arguments), locale);
	}
}
