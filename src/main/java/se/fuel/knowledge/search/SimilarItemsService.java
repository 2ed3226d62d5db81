package se.fuel.knowledge.search;

import static se.fuel.knowledge.search.KnowledgeSearchMapping.BODY;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.KIND;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.METHOD;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.OUTCOME;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.SUMMARY;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.TARGET_GROUP;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.TITLE;
import static se.fuel.knowledge.search.KnowledgeSearchMapping.YEAR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.common.Text;
import se.fuel.common.NotFoundException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.SimilarItems;
import se.fuel.knowledge.internal.KnowledgeItem;
import se.fuel.knowledge.internal.KnowledgeItemRepository;

/**
 * "Liknande projekt" as a more-like-this query: the same target groups and methods count most, then the probe's most
 * frequent content words in the other items' texts. The reasons are computed from what the two actually share.
 */
@Service
class SimilarItemsService implements SimilarItems {

	private static final int MAX_TERMS = 25;
	private static final int SHOWN_TERMS = 5;
	private static final int MIN_TERM_LENGTH = 4;

	private final Identity identity;
	private final KnowledgeItemRepository items;
	private final Analyzer analyzer = SwedishAnalyzer.forQueries();

	@PersistenceContext
	private EntityManager entityManager;

	SimilarItemsService(Identity identity, KnowledgeItemRepository items) {
		this.identity = identity;
		this.items = items;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Similar> similarTo(UUID itemId) {
		CurrentUser user = identity.require(Role.values());
		KnowledgeItem item = items.findById(itemId)
			.filter(i -> i.status() == KnowledgeStatus.PUBLISHED || user.is(Role.OFFICER, Role.ADMIN))
			.orElseThrow(() -> new NotFoundException("Objektet finns inte."));
		Texts texts = new Texts(item.title(), join(item.summary(), item.body(), item.outcome()), item.targetGroups(),
				item.methods());
		return similar(texts, itemId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Similar> similarTo(Texts texts) {
		identity.require(Role.OFFICER, Role.ADMIN, Role.COUNCIL);
		return similar(texts, null);
	}

	private List<Similar> similar(Texts texts, UUID except) {
		List<String> terms = topTerms(texts.title() + " " + texts.title() + " " + texts.text());
		if (terms.isEmpty() && texts.targetGroups().isEmpty() && texts.methods().isEmpty()) {
			return List.of();
		}
		List<List<?>> rows = Search.session(entityManager).search(KnowledgeItem.class)
			.select(f -> f.composite().from(f.id(UUID.class), f.field(TITLE, String.class),
					f.field(KIND, KnowledgeKind.class), f.field(YEAR, Integer.class),
					f.field(TARGET_GROUP, String.class).list(), f.field(METHOD, String.class).list(),
					f.field(SUMMARY, String.class), f.field(BODY, String.class)).asList())
			.where(f -> f.bool(b -> {
				b.minimumShouldMatchNumber(1);
				if (!texts.targetGroups().isEmpty()) {
					b.should(f.terms().field(TARGET_GROUP).matchingAny(texts.targetGroups()).boost(4f));
				}
				if (!texts.methods().isEmpty()) {
					b.should(f.terms().field(METHOD).matchingAny(texts.methods()).boost(4f));
				}
				if (!terms.isEmpty()) {
					b.should(f.simpleQueryString().field(TITLE).boost(2f).fields(SUMMARY, BODY, OUTCOME)
						.matching(String.join(" ", terms)).analyzer(SwedishAnalyzer.QUERY_ANY_PART)
						.defaultOperator(BooleanOperator.OR));
				}
				if (except != null) {
					b.mustNot(f.id().matching(except));
				}
			}))
			.fetchHits(LIMIT);
		Set<String> probeTerms = new LinkedHashSet<>(terms);
		List<Similar> similar = new ArrayList<>();
		for (List<?> row : rows) {
			similar.add(new Similar((UUID) row.get(0), (String) row.get(1), (KnowledgeKind) row.get(2),
					(Integer) row.get(3), reasons(texts, probeTerms, row)));
		}
		return similar;
	}

	@SuppressWarnings("unchecked")
	private List<Text> reasons(Texts texts, Set<String> probeTerms, List<?> row) {
		List<Text> reasons = new ArrayList<>();
		List<String> groups = shared(texts.targetGroups(), (List<String>) row.get(4));
		if (!groups.isEmpty()) {
			reasons.add(Text.of("knowledge.similar.sameTargetGroup", String.join(", ", groups)));
		}
		List<String> methods = shared(texts.methods(), (List<String>) row.get(5));
		if (!methods.isEmpty()) {
			reasons.add(Text.of("knowledge.similar.sameMethod", String.join(", ", methods)));
		}
		Set<String> theirs = new LinkedHashSet<>(
				SwedishTerms.of(analyzer, join((String) row.get(1), (String) row.get(6), (String) row.get(7))));
		List<String> common = probeTerms.stream().filter(theirs::contains).limit(SHOWN_TERMS).toList();
		if (!common.isEmpty()) {
			reasons.add(Text.of("knowledge.similar.commonWords", String.join(", ", common)));
		}
		return reasons;
	}

	private static List<String> shared(List<String> ours, List<String> theirs) {
		return ours.stream().filter(o -> theirs.stream().anyMatch(t -> t.equalsIgnoreCase(o))).toList();
	}

	/** The probe's content words by how often they occur: its base forms of at least four letters. */
	private List<String> topTerms(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String term : SwedishTerms.of(analyzer, text)) {
			if (term.length() >= MIN_TERM_LENGTH && term.chars().allMatch(Character::isLetter)) {
				counts.merge(term, 1, Integer::sum);
			}
		}
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
				.thenComparing(Map.Entry.comparingByKey(Comparator.comparingInt(String::length).reversed())))
			.limit(MAX_TERMS)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static String join(String... texts) {
		StringBuilder joined = new StringBuilder();
		for (String text : texts) {
			if (text != null) {
				joined.append(text).append('\n');
			}
		}
		return joined.toString();
	}
}
