package se.fuel.knowledge.internal;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import se.fuel.common.SwedishFormat;

/**
 * The language of whoever is reading: the page's or the API request's, Swedish when there is no request (a job, or a
 * service called directly), as the application's locale resolver defaults to ({@code web/WebConfiguration}).
 */
public final class ReadersLanguage {

	private ReadersLanguage() {
	}

	public static Locale locale() {
		return LocaleContextHolder.getLocaleContext() == null ? SwedishFormat.SWEDISH : LocaleContextHolder.getLocale();
	}
}
