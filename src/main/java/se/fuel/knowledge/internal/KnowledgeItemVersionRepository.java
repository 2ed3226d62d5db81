package se.fuel.knowledge.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Published versions of knowledge items. */
interface KnowledgeItemVersionRepository extends JpaRepository<KnowledgeItemVersion, UUID> {

	List<KnowledgeItemVersion> findByItemIdOrderByNumberAsc(UUID itemId);
}
