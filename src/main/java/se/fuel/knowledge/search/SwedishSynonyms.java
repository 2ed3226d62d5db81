package se.fuel.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The words the area uses for the same thing (ekonomiskt bistånd, försörjningsstöd, socialbidrag; SFI, svenska för
 * invandrare...), read from {@code knowledge/synonyms-sv.txt}: one group a line, phrases separated by commas. Each
 * phrase's last word is given the Swedish noun endings (definite, plural, genitive), so the group also holds
 * "försörjningsstödet" and "socialbidragen" without listing them; forms that no text has cost nothing.
 */
public final class SwedishSynonyms {

	static final String RESOURCE = "knowledge/synonyms-sv.txt";

	// Synonyms apply before stemming, which would stack several base forms that the synonym filter cannot read.
	private static final List<String> ENDINGS = List.of("en", "et", "n", "t", "er", "erna", "ar", "arna", "or", "orna",
			"na", "s", "ens", "ets", "ns", "ts", "a", "e");

	private static volatile SynonymMap map;

	private SwedishSynonyms() {
	}

	public static SynonymMap map() {
		SynonymMap m = map;
		if (m == null) {
			synchronized (SwedishSynonyms.class) {
				m = map;
				if (m == null) {
					m = build(groups());
					map = m;
				}
			}
		}
		return m;
	}

	static List<List<String>> groups() {
		InputStream in = SwedishSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("Missing " + RESOURCE);
		}
		List<List<String>> groups = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				String content = line.strip();
				if (content.isEmpty() || content.startsWith("#")) {
					continue;
				}
				List<String> group = new ArrayList<>();
				for (String phrase : content.split(",")) {
					if (!phrase.isBlank()) {
						group.add(phrase.strip().toLowerCase(Locale.ROOT));
					}
				}
				groups.add(group);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return groups;
	}

	private static SynonymMap build(List<List<String>> groups) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		for (List<String> group : groups) {
			Set<String> phrases = new LinkedHashSet<>();
			for (String phrase : group) {
				phrases.addAll(inflections(phrase));
			}
			for (String from : phrases) {
				for (String to : phrases) {
					if (!from.equals(to)) {
						builder.add(chars(from), chars(to), true);
					}
				}
			}
		}
		try {
			return builder.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The same groups as Elasticsearch/OpenSearch {@code synonym} rules ("a, b, c": each phrase stands for all), with
	 * the same inflected forms, so both backends expand the same words.
	 */
	static List<String> rules() {
		List<String> rules = new ArrayList<>();
		for (List<String> group : groups()) {
			Set<String> phrases = new LinkedHashSet<>();
			for (String phrase : group) {
				phrases.addAll(inflections(phrase));
			}
			rules.add(String.join(", ", phrases));
		}
		return rules;
	}

	private static Set<String> inflections(String phrase) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(phrase);
		if (phrase.length() > 3) {
			for (String ending : ENDINGS) {
				forms.add(phrase + ending);
			}
		}
		return forms;
	}

	private static CharsRef chars(String phrase) {
		return SynonymMap.Builder.join(phrase.split(" "), new CharsRefBuilder());
	}
}
