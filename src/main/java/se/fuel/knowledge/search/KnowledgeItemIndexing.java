package se.fuel.knowledge.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import se.fuel.knowledge.internal.KnowledgeItem;

/**
 * Re-indexes an item when something it is indexed with changed outside the item itself: an attachment (and so its
 * text) added or removed. Changes to the item's own fields are indexed by Hibernate Search without being asked.
 */
@Component
public class KnowledgeItemIndexing {

	@PersistenceContext
	private EntityManager entityManager;

	/** The item is indexed anew when the caller's transaction commits (or left out if not published). */
	public void attachmentsChanged(KnowledgeItem item) {
		Search.session(entityManager).indexingPlan().addOrUpdate(item);
	}
}
