package se.fuel.knowledge.search;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.internal.KnowledgeItem;

/**
 * Whether a saved search finds a given item: the search's own words-and-filters predicate narrowed to the item's id,
 * so a subscription to a search matches exactly the items the search page would list. For the subscriptions' mail,
 * which runs for no user in particular: no role check.
 */
@Component
public class SavedQueryMatch {

	private final KnowledgeSearchService search;

	@PersistenceContext
	private EntityManager entityManager;

	SavedQueryMatch(KnowledgeSearchService search) {
		this.search = search;
	}

	@Transactional(readOnly = true)
	public boolean finds(Query query, UUID itemId) {
		var names = search.organisationNames();
		var session = Search.session(entityManager);
		if (session.search(KnowledgeItem.class)
			.where(f -> f.bool().must(search.predicate(f, query, names, false)).filter(f.id().matching(itemId)))
			.fetchTotalHitCount() > 0) {
			return true;
		}
		// As the search page: the second, looser try only when the first finds nothing at all.
		return session.search(KnowledgeItem.class)
			.where(f -> f.bool().must(search.predicate(f, query, names, false)))
			.fetchTotalHitCount() == 0
				&& session.search(KnowledgeItem.class)
					.where(f -> f.bool().must(search.predicate(f, query, names, true)).filter(f.id().matching(itemId)))
					.fetchTotalHitCount() > 0;
	}
}
