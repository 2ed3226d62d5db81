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
import org.hibernate.search.engine.search.query.SearchResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.FacetValue;

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

	KnowledgeFacets(ObjectProvider<KnowledgeBank> bank) {
		this.bank = bank;
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
		List<SearchPredicate> filters = new ArrayList<>();
		for (String facet : KnowledgeSearch.FACETS) {
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

	/** @param organisationNames every organisation's name by id, read once for the whole search */
	Map<String, List<FacetValue>> read(SearchResult<?> result, KnowledgeSearch.Query query,
			Map<UUID, String> organisationNames) {
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String facet : KnowledgeSearch.FACETS) {
			Map<Object, Long> counts = result.aggregation(keys.get(facet));
			Set<String> selected = query.selected(facet);
			Function<String, String> label = labels(facet, organisationNames);
			List<FacetValue> values = counts.entrySet().stream()
				.map(e -> new FacetValue(String.valueOf(e.getKey()), label.apply(String.valueOf(e.getKey())),
						e.getValue(), selected.contains(String.valueOf(e.getKey()))))
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
			case "kind" -> v -> enumLabel(v, KnowledgeKind.class, KnowledgeKind::label);
			case "implemented" -> v -> enumLabel(v, ImplementationStatus.class, ImplementationStatus::label);
			case "organisation" -> v -> KnowledgeSearchService.nameOf(UUID.fromString(v), organisationNames);
			case "area" -> {
				KnowledgeBank knowledgeBank = bank.getIfAvailable();
				Map<String, String> areas = knowledgeBank == null ? Map.of() : knowledgeBank.areas().stream()
					.collect(Collectors.toMap(KnowledgeArea::code, KnowledgeArea::label, (a, b) -> a));
				yield v -> areas.getOrDefault(v, v);
			}
			default -> v -> v;
		};
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
