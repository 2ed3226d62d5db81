package se.fuel.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Swedish Hunspell dictionary (sv_SE, shipped in LanguageTool's language-sv jar): which words are Swedish and what
 * their base forms are. Loaded once per JVM because parsing it takes seconds.
 */
public final class SwedishDictionary {

	private static final String BASE = "org/languagetool/resource/sv/hunspell/sv_SE";

	private static volatile Dictionary dictionary;

	private SwedishDictionary() {
	}

	public static Dictionary get() {
		Dictionary d = dictionary;
		if (d == null) {
			synchronized (SwedishDictionary.class) {
				d = dictionary;
				if (d == null) {
					d = load();
					dictionary = d;
				}
			}
		}
		return d;
	}

	/** A new speller on the shared dictionary; a speller is cheap and, unlike the dictionary, not thread-safe. */
	public static Hunspell speller() {
		return new Hunspell(get());
	}

	private static Dictionary load() {
		ClassLoader loader = SwedishDictionary.class.getClassLoader();
		try (InputStream aff = loader.getResourceAsStream(BASE + ".aff");
				InputStream dic = loader.getResourceAsStream(BASE + ".dic")) {
			if (aff == null || dic == null) {
				throw new IllegalStateException("The sv_SE Hunspell dictionary is missing from the classpath: " + BASE);
			}
			return new Dictionary(new ByteBuffersDirectory(), "sv_SE", aff, dic);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("Cannot read the sv_SE Hunspell dictionary", e);
		}
	}
}
