package se.fuel.knowledge.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.fuel.knowledge.KnowledgeSearch.IndexingProgress;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.internal.KnowledgeItem;

/**
 * Rebuilds the knowledge index from the database in the background (Hibernate Search's mass indexer) and keeps its
 * progress for the officer's progress bar. One rebuild at a time.
 */
@Component
class KnowledgeIndexer {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

	private final EntityManagerFactory entityManagerFactory;
	private final AtomicBoolean running = new AtomicBoolean();
	private final AtomicLong done = new AtomicLong();
	private final AtomicLong total = new AtomicLong();
	private final AtomicReference<String> failure = new AtomicReference<>();
	private volatile CompletableFuture<?> latest = CompletableFuture.completedFuture(null);

	KnowledgeIndexer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Starts a rebuild unless one is running; returns at once. */
	void start() {
		if (!running.compareAndSet(false, true)) {
			return;
		}
		done.set(0);
		total.set(0);
		failure.set(null);
		MassIndexer massIndexer = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class).massIndexer()
			.threadsToLoadObjects(1)
			// Attachment texts come in batches with their items (@BatchSize), from the database, not from files.
			.batchSizeToLoadObjects(50)
			// Drafts are never indexed: loading only the published makes the total the number the bar reaches.
			// Everything is purged first, so an item unpublished while the index was out of step goes too.
			.purgeAllOnStart(true)
			.monitor(new Monitor());
		massIndexer.type(KnowledgeItem.class).reindexOnly("e.status = :status")
			.param("status", KnowledgeStatus.PUBLISHED);
		latest = massIndexer.start()
			.whenComplete((ignored, error) -> {
				if (error != null) {
					log.warn("Rebuilding the knowledge index failed", error);
					failure.set(String.valueOf(error.getMessage()));
				}
				else {
					// An item unpublished during the rebuild was counted but not indexed: the rebuild is still whole.
					done.set(Math.max(done.get(), total.get()));
				}
				running.set(false);
			}).toCompletableFuture();
	}

	/** Waits for the latest rebuild to end: for tests, which must not search a half-built index. */
	void awaitRebuild() {
		latest.exceptionally(error -> null).join();
	}

	IndexingProgress progress() {
		return new IndexingProgress(running.get(), done.get(), total.get(), failure.get());
	}

	private final class Monitor implements MassIndexingMonitor {

		@Override
		public void documentsAdded(long increment) {
			done.addAndGet(increment);
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void addToTotalCount(long increment) {
			total.addAndGet(increment);
		}

		@Override
		public void indexingCompleted() {
		}
	}
}
