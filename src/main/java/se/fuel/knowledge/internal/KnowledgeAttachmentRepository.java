package se.fuel.knowledge.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Files of knowledge items. */
interface KnowledgeAttachmentRepository extends JpaRepository<KnowledgeAttachment, UUID> {

	List<KnowledgeAttachment> findByItemIdOrderByUploadedAtAsc(UUID itemId);
}
