package se.fuel.knowledge.internal;

import java.io.UncheckedIOException;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.documents.StoredDocuments;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.search.KnowledgeItemIndexing;

/**
 * Reads the text of attachments uploaded before texts were kept (before migration V73), once, at start, and
 * re-indexes their published items, so that their words are found like those of any newer attachment. Runs before
 * the index check (order 95).
 */
@Component
@Order(94)
class AttachmentTextBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AttachmentTextBackfill.class);

	private final AttachmentTexts texts;
	private final StoredDocuments files;
	private final KnowledgeItemIndexing indexing;

	@PersistenceContext
	private EntityManager entityManager;

	AttachmentTextBackfill(AttachmentTexts texts, StoredDocuments files, KnowledgeItemIndexing indexing) {
		this.texts = texts;
		this.files = files;
		this.indexing = indexing;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<KnowledgeAttachment> missing = entityManager.createQuery("""
				select a from KnowledgeAttachment a
				where not exists (select 1 from KnowledgeAttachmentText t where t.attachmentId = a.id)""",
				KnowledgeAttachment.class).getResultList();
		if (missing.isEmpty()) {
			return;
		}
		log.info("Reading the text of {} knowledge-bank attachments uploaded before texts were kept", missing.size());
		for (KnowledgeAttachment attachment : missing) {
			try {
				texts.extract(attachment, files.read(attachment.storageKey()));
			}
			catch (UncheckedIOException e) {
				// A missing file is left for the publish check, which reports it; the others are still read.
				log.warn("Cannot read the file of attachment {}", attachment.id(), e);
				continue;
			}
			KnowledgeItem item = entityManager.find(KnowledgeItem.class, attachment.itemId());
			if (item != null && item.status() == KnowledgeStatus.PUBLISHED) {
				indexing.attachmentsChanged(item);
			}
		}
	}
}
