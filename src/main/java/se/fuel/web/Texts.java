package se.fuel.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.fuel.common.Violation;

/**
 * Resolves {@link Text}s in the reader's language. Templates call it as {@code ${@texts.of(text)}}; JSON answers go
 * through {@link TextJson}; anything else asks with an explicit locale.
 */
@Component("texts")
public class Texts {

	private static final Logger log = LoggerFactory.getLogger(Texts.class);

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	/** The text in the current request's language (the language switch's choice, Swedish by default). */
	public String of(MessageSourceResolvable text) {
		return of(text, LocaleContextHolder.getLocale());
	}

	/**
	 * The text in {@code locale}. A key missing from the bundles shows as the key and is logged, never a server error
	 * on a page that was otherwise fine; {@code MessageBundlesTest} keeps the bundles complete.
	 */
	public String of(MessageSourceResolvable text, Locale locale) {
		if (text == null) {
			return "";
		}
		try {
			return messages.getMessage(text, locale);
		}
		catch (NoSuchMessageException e) {
			log.warn("No message for {} in {}", text, locale);
			return String.valueOf(text);
		}
	}

	/** The violations' messages in the current request's language, in their order. */
	public List<String> messages(List<Violation> violations) {
		return violations.stream().map(v -> of(v.message())).toList();
	}
}
