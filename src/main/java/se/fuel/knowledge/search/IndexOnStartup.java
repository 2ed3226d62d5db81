package se.fuel.knowledge.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.internal.KnowledgeItem;

/**
 * Rebuilds the index in the background when it does not hold as many items as the database has published: a new
 * data folder on an existing database, a restored backup, or the first start after search came in.
 */
@Component
@Order(95)
class IndexOnStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexOnStartup.class);

	private final KnowledgeIndexer indexer;

	@PersistenceContext
	private EntityManager entityManager;

	IndexOnStartup(KnowledgeIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	@Transactional(readOnly = true)
	public void run(ApplicationArguments args) {
		long published = entityManager
			.createQuery("select count(i) from KnowledgeItem i where i.status = :status", Long.class)
			.setParameter("status", KnowledgeStatus.PUBLISHED)
			.getSingleResult();
		long indexed = Search.session(entityManager).search(KnowledgeItem.class).where(f -> f.matchAll())
			.fetchTotalHitCount();
		if (published != indexed) {
			log.info("The knowledge index holds {} items, the database {} published: rebuilding it", indexed,
					published);
			indexer.start();
		}
	}
}
