package se.fuel.knowledge;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;


/**
 * A search saved for a subscription, as a query string of its words and facet filters only
 * ({@code q=boendest%C3%B6d&area=missbruk&year=2017}): the same search always gives the same string, whatever order
 * its filters were chosen in, and order and page are not part of what is followed.
 */
public final class SavedSearch {

	private SavedSearch() {
	}

	/** The query's words and filters as a canonical query string; empty for "everything". */
	public static String of(KnowledgeSearch.Query query) {
		List<String> parts = new ArrayList<>();
		if (!query.text().isBlank()) {
			parts.add("q=" + encode(query.text()));
		}
		for (String facet : KnowledgeSearch.FACETS) {
			for (String value : new TreeSet<>(query.selected(facet))) {
				parts.add(facet + "=" + encode(value));
			}
		}
		return String.join("&", parts);
	}

	/** The search a saved string stands for, on its first page by relevance; unknown parameters are ignored. */
	public static KnowledgeSearch.Query parse(String saved) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (saved != null) {
			for (String part : saved.split("&")) {
				if (part.isBlank()) {
					continue;
				}
				int eq = part.indexOf('=');
				String name = decode(eq < 0 ? part : part.substring(0, eq));
				String value = eq < 0 ? "" : decode(part.substring(eq + 1));
				if (name.equals("q") || KnowledgeSearch.FACETS.contains(name)) {
					parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
				}
			}
		}
		KnowledgeSearch.Query query = KnowledgeSearch.Query.fromParameters(parameters, 10);
		return new KnowledgeSearch.Query(query.text(), query.filters(), KnowledgeSearch.Order.RELEVANCE, 1, 10);
	}

	/** The saved string made canonical. */
	public static String normalise(String saved) {
		return of(parse(saved));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}
}
