package se.fuel.knowledge.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;

/** Items of the knowledge bank. */
public interface KnowledgeItemRepository extends JpaRepository<KnowledgeItem, UUID> {

	Page<KnowledgeItem> findByStatus(KnowledgeStatus status, Pageable pageable);

	List<KnowledgeItem> findByStatusInOrderByUpdatedAtDesc(Collection<KnowledgeStatus> statuses);

	Optional<KnowledgeItem> findByGrantId(UUID grantId);

	boolean existsByGrantId(UUID grantId);

	boolean existsByGrantIdAndKindIn(UUID grantId, Collection<KnowledgeKind> kinds);

	List<KnowledgeItem> findByGrantIdIn(Collection<UUID> grantIds);

	long countByStatus(KnowledgeStatus status);
}
