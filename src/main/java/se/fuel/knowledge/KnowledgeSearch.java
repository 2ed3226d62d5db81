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

		public Set<String> selected(String facet) {
			return filters.getOrDefault(facet, Set.of());
		}
	}

	/**
	 * One item found.
	 *
	 * @param snippet the best passage with the matching words marked by {@code <mark>}; the rest is escaped HTML
	 */
	record Hit(UUID id, String title, KnowledgeKind kind, Integer year, List<String> organisationNames,
			String snippet) {
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
