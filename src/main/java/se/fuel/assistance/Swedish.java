package se.fuel.assistance;

import org.springframework.context.MessageSource;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.system.MessageBundles;

/**
 * Texts of record in Swedish: an import's report is stored as the import wrote it, and the series exports name their
 * measures in Swedish, so both are resolved from the same bundles as the pages, in Swedish, when they are written.
 */
public final class Swedish {

	private static final MessageSource MESSAGES = MessageBundles.source();

	private Swedish() {
	}

	public static String of(Text text) {
		return MESSAGES.getMessage(text, SwedishFormat.SWEDISH);
	}
}
