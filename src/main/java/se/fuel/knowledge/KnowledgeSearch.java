package se.fuel.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finding published knowledge-bank items in Swedish: inflections, compounds and the area's synonyms match
 * ("utvecklingsmedel" finds "utvecklingsmedlen"), results come with highlighted snippets and facet counts. Every
 * signed-in user may search; only published items are ever found.
 */
public interface KnowledgeSearch {

	/** The facets, in the order pages show them. */
	List<String> FACETS = List.of("kind", "year", "area", "targetGroup", "organisation", "programme", "implemented");

	Result search(Query query);

	/** Rebuilds the whole index from the database (officers and admins); the progress is {@link #indexing()}. */
	void rebuildIndex();

	/** How far the latest rebuild has come. */
	IndexingProgress indexing();

	/** How results are ordered. */
	enum Order {
		RELEVANCE, YEAR_DESC, YEAR_ASC
	}

	/**
	 * A search: free text (empty finds everything) and the chosen facet values, each facet's values combined with
	 * "or", facets combined with "and".
	 *
	 * @param page 1-based
	 */
	record Query(String text, Map<String, Set<String>> filters, Order order, int page, int pageSize) {

		public Query {
			text = text == null ? "" : text.strip();
			filters = filters == null ? Map.of() : Map.copyOf(filters);
			order = order == null ? Order.RELEVANCE : order;
			page = Math.max(1, page);
			pageSize = pageSize < 1 ? 10 : Math.min(pageSize, 100);
		}

		public static Query of(String text) {
			return new Query(text, Map.of(), Order.RELEVANCE, 1, 10);
		}

		/**
		 * The query a page's or the API's parameters ask for: q, the facets' names with repeated values, order,
		 * page and size; what cannot be read is left at its default.
		 */
		public static Query fromParameters(Map<String, List<String>> parameters, int defaultPageSize) {
			Map<String, Set<String>> filters = new java.util.LinkedHashMap<>();
			for (String facet : FACETS) {
				Set<String> values = new java.util.LinkedHashSet<>();
				for (String value : parameters.getOrDefault(facet, List.of())) {
					if (value != null && !value.isBlank()) {
						values.add(value.strip());
					}
				}
				if (!values.isEmpty()) {
					filters.put(facet, values);
				}
			}
			Order order = Order.RELEVANCE;
			String orderName = first(parameters, "order");
			for (Order candidate : Order.values()) {
				if (candidate.name().equals(orderName)) {
					order = candidate;
				}
			}
			return new Query(first(parameters, "q"), filters, order, number(first(parameters, "page"), 1),
					number(first(parameters, "size"), defaultPageSize));
		}

		private static String first(Map<String, List<String>> parameters, String name) {
			List<String> values = parameters.get(name);
			return values == null || values.isEmpty() ? null : values.get(0);
		}

		private static int number(String value, int fallback) {
			try {
				return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
			}
			catch (NumberFormatException e) {
				return fallback;
			}
		}

		public Set<String> selected(String facet) {
			return filters.getOrDefault(facet, Set.of());
		}
	}

	/**
	 * One item found.
	 *
	 * @param snippet the best passage with the matching words marked by {@code <mark>}; the rest is escaped HTML
	 * @param snippetFromAttachment whether the snippet is from an attachment's text (the words matched only there)
	 */
	record Hit(UUID id, String title, KnowledgeKind kind, Integer year, List<String> organisationNames,
			String snippet, boolean snippetFromAttachment) {
	}

	/** A facet value with how many of the found items have it. */
	record FacetValue(String value, String label, long count, boolean selected) {
	}

	record Result(Query query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

		public int pages() {
			return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
		}
	}

	/** @param total how many items the rebuild loads; 0 before the first rebuild */
	record IndexingProgress(boolean running, long done, long total, String failure) {

		public int percent() {
			return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
		}
	}
}
