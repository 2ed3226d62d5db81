package se.fuel.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeBank;
import org.springframework.context.MessageSource;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.FacetValue;
import se.fuel.knowledge.internal.ReadersLanguage;

/**
 * The facets of the knowledge search: which index field each one counts and filters, and the label a reader sees for
 * a value. Values travel as the index holds them (enum names, organisation ids, years as numbers).
 */
@Component
class KnowledgeFacets {

	private static final int MAX_VALUES = 50;

	private static final Map<String, String> FIELDS = Map.of(
			"kind", KnowledgeSearchMapping.KIND,
			"year", KnowledgeSearchMapping.YEAR,
			"area", KnowledgeSearchMapping.AREA,
			"targetGroup", KnowledgeSearchMapping.TARGET_GROUP,
			"organisation", KnowledgeSearchMapping.ORGANISATION,
			"programme", KnowledgeSearchMapping.PROGRAMME,
			"implemented", KnowledgeSearchMapping.IMPLEMENTED);

	private final Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
	private final ObjectProvider<KnowledgeBank> bank;

	private final MessageSource messages;

	KnowledgeFacets(ObjectProvider<KnowledgeBank> bank, MessageSource messages) {
		this.bank = bank;
		this.messages = messages;
		KnowledgeSearch.FACETS.forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
	}

	AggregationKey<Map<Object, Long>> key(String facet) {
		return keys.get(facet);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	AggregationFinalStep<Map<Object, Long>> terms(SearchAggregationFactory f, String facet) {
		Class type = "year".equals(facet) ? Integer.class : String.class;
		return (AggregationFinalStep) f.terms().field(FIELDS.get(facet), type, ValueModel.INDEX)
			.maxTermCount(MAX_VALUES);
	}

	/** One filter per facet with chosen values: any of its values. */
	List<SearchPredicate> filters(SearchPredicateFactory f, KnowledgeSearch.Query query) {
		return filters(f, query, null);
	}

	/**
	 * The filters of every facet but {@code except}: what a facet's counts are taken over, so that a reader who chose
	 * one area still sees how many items each other area would add ("or" within a facet, "and" across facets).
	 */
	List<SearchPredicate> filters(SearchPredicateFactory f, KnowledgeSearch.Query query, String except) {
		List<SearchPredicate> filters = new ArrayList<>();
		for (String facet : KnowledgeSearch.FACETS) {
			if (facet.equals(except)) {
				continue;
			}
			List<Object> values = query.selected(facet).stream().map(v -> indexValue(facet, v))
				.filter(v -> v != null).toList();
			if (!query.selected(facet).isEmpty()) {
				// A value that cannot exist (a mistyped year) finds nothing rather than everything.
				filters.add(values.isEmpty() ? f.not(f.matchAll()).toPredicate()
						: f.terms().field(FIELDS.get(facet)).matchingAny(values, ValueModel.INDEX).toPredicate());
			}
		}
		return filters;
	}

	/**
	 * The facets with their counts (the index's value → count of each facet) and labels, chosen values marked.
	 *
	 * @param organisationNames every organisation's name by id, read once for the whole search
	 */
	Map<String, List<FacetValue>> read(Map<String, Map<Object, Long>> countsByFacet, KnowledgeSearch.Query query,
			Map<UUID, String> organisationNames) {
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String facet : KnowledgeSearch.FACETS) {
			Map<String, Long> counts = new LinkedHashMap<>();
			countsByFacet.getOrDefault(facet, Map.of()).forEach((value, count) -> counts.put(String.valueOf(value), count));
			Set<String> selected = query.selected(facet);
			// A chosen value stays on the page to be unchosen even when nothing has it under the other filters.
			selected.stream().filter(v -> indexValue(facet, v) != null)
				.forEach(v -> counts.putIfAbsent(String.valueOf(indexValue(facet, v)), 0L));
			Function<String, String> label = labels(facet, organisationNames);
			List<FacetValue> values = counts.entrySet().stream()
				.map(e -> new FacetValue(e.getKey(), label.apply(e.getKey()), e.getValue(),
						selected.contains(e.getKey())))
				.sorted(order(facet))
				.collect(Collectors.toCollection(ArrayList::new));
			facets.put(facet, values);
		}
		return facets;
	}

	private static Comparator<FacetValue> order(String facet) {
		if ("year".equals(facet)) {
			return Comparator.comparing(FacetValue::value).reversed();
		}
		return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
	}

	private Function<String, String> labels(String facet, Map<UUID, String> organisationNames) {
		return switch (facet) {
			case "kind" -> v -> enumLabel(v, KnowledgeKind.class, k -> label(k.messageKey()));
			case "implemented" -> v -> enumLabel(v, ImplementationStatus.class, s -> label(s.messageKey()));
			case "organisation" -> v -> organisationName(UUID.fromString(v), organisationNames);
			case "area" -> {
				KnowledgeBank knowledgeBank = bank.getIfAvailable();
				Map<String, String> areas = knowledgeBank == null ? Map.of() : knowledgeBank.allAreas().stream()
					.collect(Collectors.toMap(KnowledgeArea::code, KnowledgeArea::label, (a, b) -> a));
				yield v -> areas.getOrDefault(v, v);
			}
			default -> v -> v;
		};
	}

	/** As {@code Organisations#nameOf}: a placeholder for an id no organisation has. */
	String organisationName(UUID id, Map<UUID, String> names) {
		return id == null ? "" : names.getOrDefault(id, label("knowledge.search.unknownOrganisation"));
	}

	/** In the reader's language: the facets are built for the page or the API answer being rendered. */
	private String label(String key) {
		return messages.getMessage(key, null, key, ReadersLanguage.locale());
	}

	private static <E extends Enum<E>> String enumLabel(String value, Class<E> type, Function<E, String> label) {
		try {
			return label.apply(Enum.valueOf(type, value));
		}
		catch (IllegalArgumentException e) {
			return value;
		}
	}

	private static Object indexValue(String facet, String value) {
		try {
			return switch (facet) {
				case "year" -> Integer.valueOf(value.strip());
				case "kind" -> KnowledgeKind.valueOf(value.strip()).name();
				case "implemented" -> ImplementationStatus.valueOf(value.strip()).name();
				case "organisation" -> UUID.fromString(value.strip()).toString();
				default -> value.strip();
			};
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
