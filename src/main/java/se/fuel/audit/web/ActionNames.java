package se.fuel.audit.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import se.fuel.common.SwedishFormat;
import se.fuel.system.MessageBundles;

/**
 * The actions the log can be filtered by, with their names in the reader's language. Every action code the code
 * records has its name in the bundles ({@code audit.action.<code>}, checked by a test), so the bundles' keys are the
 * list: reading it from the trail itself would mean a scan of every entry.
 */
final class ActionNames {

	static final String PREFIX = "audit.action.";

	/** An action to choose: its code, what the filter sends, and its name. */
	record Choice(String code, String name) {
	}

	private final MessageSource messages;

	private final List<String> codes;

	ActionNames(MessageSource messages) {
		this.messages = messages;
		var found = new TreeSet<String>();
		for (String basename : MessageBundles.basenames()) {
			var bundle = ResourceBundle.getBundle(basename, SwedishFormat.SWEDISH,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			bundle.keySet().stream().filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length()))
				.forEach(found::add);
		}
		this.codes = List.copyOf(found);
	}

	/** Every action, ordered by its name in the locale. */
	List<Choice> choices(Locale locale) {
		return codes.stream().map(code -> new Choice(code, name(code, locale)))
			.sorted(Comparator.comparing(Choice::name)).toList();
	}

	/** The action's name in the locale; the code itself for an action no bundle names. */
	String name(String code, Locale locale) {
		return messages.getMessage(PREFIX + code, null, code, locale);
	}
}
