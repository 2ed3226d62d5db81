package se.fuel.knowledge.search;

import static se.fuel.knowledge.search.KnowledgeSearchMapping.ATTACHMENT_TEXT;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.BODY;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.KIND;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.METHODS;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.ORGANISATION;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.OUTCOME;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.SUMMARY;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.TARGET_GROUPS;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.TITLE;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.YEAR;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.internal.KnowledgeItem;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/** The knowledge search on Hibernate Search: only published items are indexed, so none other is ever found. */
@Service
class KnowledgeSearchService implements KnowledgeSearch {

	static final float TITLE_BOOST = 3f;
	static final float WHOLE_COMPOUND_BOOST = 2f;

	private final Identity identity;
	private final Organisations organisations;
	private final KnowledgeFacets facets;
	private final KnowledgeIndexer indexer;

	@PersistenceContext
	private EntityManager entityManager;

	KnowledgeSearchService(Identity identity, Organisations organisations, KnowledgeFacets facets,
			KnowledgeIndexer indexer) {
		this.identity = identity;
		this.organisations = organisations;
		this.facets = facets;
		this.indexer = indexer;
	}

	/**
	 * A compound's parts must all be there ("boendestöd": boende and stöd), or a query's compound finds nearly every
	 * text with its head; only when that finds nothing, any one part will do — the dictionary does not know every
	 * inflection of every head.
	 */
	@Override
	@Transactional(readOnly = true)
	public Result search(Query query) {
		identity.require(Role.values());
		Map<UUID, String> names = organisationNames();
		SearchSession session = Search.session(entityManager);
		Result result = search(session, query, names, false);
		if (result.total() == 0 && !query.text().isBlank()) {
			result = search(session, query, names, true);
		}
		return result;
	}

	private Result search(SearchSession session, Query query, Map<UUID, String> names, boolean anyPart) {
		var search = session.search(KnowledgeItem.class)
			.select(f -> f.composite()
				.from(f.id(UUID.class), f.field(TITLE, String.class), f.field(KIND, se.fuel.knowledge.KnowledgeKind.class),
						f.field(YEAR, Integer.class), f.field(ORGANISATION, UUID.class).list(), f.highlight(SUMMARY),
						f.highlight(BODY), f.highlight(OUTCOME), f.highlight(ATTACHMENT_TEXT), f.field(SUMMARY, String.class))
				.asList())
			.where(f -> f.bool().must(predicate(f, query, names, anyPart)))
			.highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
				.numberOfFragments(1))
			.sort(f -> switch (query.order()) {
				case YEAR_DESC -> f.field(YEAR).desc().missing().last().then().score();
				case YEAR_ASC -> f.field(YEAR).asc().missing().last().then().score();
				case RELEVANCE -> f.score().then().field(YEAR).desc().missing().last();
			});
		// A facet with chosen values is counted without its own choice (below); the others over the hits.
		for (String facet : FACETS) {
			if (query.selected(facet).isEmpty()) {
				search = search.aggregation(facets.key(facet), f -> facets.terms(f, facet));
			}
		}
		SearchResult<List<?>> result = search.fetch((query.page() - 1) * query.pageSize(), query.pageSize());
		Map<String, Map<Object, Long>> counts = new HashMap<>();
		for (String facet : FACETS) {
			counts.put(facet, query.selected(facet).isEmpty() ? result.aggregation(facets.key(facet))
					: countsWithoutOwnChoice(session, query, facet, names, anyPart));
		}
		List<Hit> hits = result.hits().stream().map(row -> hit(row, names)).toList();
		return new Result(query, result.total().hitCount(), hits, facets.read(counts, query, names));
	}

	/** A facet's counts under the text and every other facet's choice, but not its own. */
	private Map<Object, Long> countsWithoutOwnChoice(SearchSession session, Query query, String facet,
			Map<UUID, String> names, boolean anyPart) {
		return session.search(KnowledgeItem.class)
			.where(f -> {
				var bool = f.bool().must(f.matchAll());
				if (!query.text().isBlank()) {
					bool.must(text(f, query.text(), names, anyPart));
				}
				facets.filters(f, query, facet).forEach(bool::filter);
				return bool;
			})
			.aggregation(facets.key(facet), f -> facets.terms(f, facet))
			.fetch(0)
			.aggregation(facets.key(facet));
	}

	@Override
	public void rebuildIndex() {
		identity.require(Role.OFFICER, Role.ADMIN);
		indexer.start();
	}

	@Override
	public IndexingProgress indexing() {
		identity.require(Role.OFFICER, Role.ADMIN);
		return indexer.progress();
	}

	/** One query for every organisation's name instead of one per hit and facet value (up to 60 per search). */
	Map<UUID, String> organisationNames() {
		return organisations.all().stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
	}

	/** @param anyPart the second try: a compound's parts need not all be there ({@link #search(Query)}) */
	SearchPredicate predicate(SearchPredicateFactory f, Query query, Map<UUID, String> names, boolean anyPart) {
		return f.bool(b -> {
			b.must(f.matchAll());
			if (!query.text().isBlank()) {
				b.must(text(f, query.text(), names, anyPart));
			}
			facets.filters(f, query).forEach(b::filter);
		}).toPredicate();
	}

	/** The words in the texts, or the name of an organisation behind the item ("Farsta"). */
	SearchPredicate text(SearchPredicateFactory f, String text, Map<UUID, String> names, boolean anyPart) {
		var parts = f.simpleQueryString()
			.field(TITLE).boost(TITLE_BOOST)
			.fields(SUMMARY, BODY, OUTCOME, METHODS, TARGET_GROUPS, ATTACHMENT_TEXT)
			.matching(text)
			.analyzer(anyPart ? SwedishAnalyzer.QUERY_ANY_PART : SwedishAnalyzer.QUERY)
			.defaultOperator(BooleanOperator.AND);
		// Every item with the words or their compounds' parts is found; the ones with the compounds whole come first.
		var whole = f.simpleQueryString()
			.field(TITLE).boost(TITLE_BOOST)
			.fields(SUMMARY, BODY, OUTCOME, METHODS, TARGET_GROUPS, ATTACHMENT_TEXT)
			.matching(text)
			.analyzer(SwedishAnalyzer.QUERY_WHOLE_COMPOUNDS)
			.defaultOperator(BooleanOperator.AND)
			.boost(WHOLE_COMPOUND_BOOST);
		var words = f.bool().must(parts).should(whole).toPredicate();
		List<UUID> named = organisationsNamed(text, names);
		if (named.isEmpty()) {
			return words;
		}
		return f.bool().should(words).should(f.terms().field(ORGANISATION).matchingAny(named)).toPredicate();
	}

	private static List<UUID> organisationsNamed(String text, Map<UUID, String> names) {
		String wanted = text.toLowerCase(Locale.ROOT).strip();
		if (wanted.length() < 3) {
			return List.of();
		}
		return names.entrySet().stream()
			.filter(o -> o.getValue().toLowerCase(Locale.ROOT).contains(wanted))
			.map(Map.Entry::getKey)
			.toList();
	}

	private Hit hit(List<?> row, Map<UUID, String> names) {
		@SuppressWarnings("unchecked")
		List<UUID> organisationIds = (List<UUID>) row.get(4);
		String snippet = null;
		boolean fromAttachment = false;
		// The item's own texts first; an attachment's only when the words are nowhere else.
		for (int i = 5; i <= 8 && snippet == null; i++) {
			List<?> fragments = (List<?>) row.get(i);
			if (!fragments.isEmpty()) {
				snippet = ((String) fragments.get(0)).replace('\f', ' ');
				fromAttachment = i == 8;
			}
		}
		if (snippet == null) {
			snippet = escape(shorten((String) row.get(9)));
		}
		List<String> organisationNames = organisationIds.stream().map(id -> facets.organisationName(id, names)).toList();
		return new Hit((UUID) row.get(0), (String) row.get(1), (se.fuel.knowledge.KnowledgeKind) row.get(2),
				(Integer) row.get(3), organisationNames, snippet, fromAttachment);
	}


	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= 220 ? text : text.substring(0, text.lastIndexOf(' ', 220) + 1) + "…";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
