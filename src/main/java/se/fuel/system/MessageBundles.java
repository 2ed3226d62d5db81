package se.fuel.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Fuel's message bundles. Every module keeps its texts in {@code i18n/<module>/messages_sv.properties} and
 * {@code messages_en.properties}; they are found on the class path, so a new module's texts need no list kept
 * elsewhere. Swedish is the default: a locale without a bundle of its own reads the Swedish one.
 */
public final class MessageBundles {

	static final String MODULE_BUNDLES = "classpath*:i18n/*/messages_sv.properties";

	private MessageBundles() {
	}

	/** A message source over every bundle, as the application uses it; tests use it to read a text as a user would. */
	public static MessageSource source() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** {@code messages} and {@code i18n/<module>/messages} for every module that has a Swedish bundle. */
	public static String[] basenames() {
		var names = new ArrayList<String>();
		names.add("messages");
		var modules = new TreeSet<String>();
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
				String url = bundle.getURL().toString();
				String folder = url.substring(0, url.lastIndexOf('/'));
				modules.add("i18n/" + folder.substring(folder.lastIndexOf('/') + 1) + "/messages");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The message bundles could not be listed", e);
		}
		names.addAll(modules);
		return names.toArray(String[]::new);
	}
}
