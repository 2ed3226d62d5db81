package se.fuel.knowledge.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.fuel.knowledge.KnowledgeStatus;

/** Items of the knowledge bank. */
public interface KnowledgeItemRepository extends JpaRepository<KnowledgeItem, UUID> {

	Page<KnowledgeItem> findByStatus(KnowledgeStatus status, Pageable pageable);

	List<KnowledgeItem> findByStatusInOrderByUpdatedAtDesc(Collection<KnowledgeStatus> statuses);

	Optional<KnowledgeItem> findByGrantId(UUID grantId);

	boolean existsByGrantId(UUID grantId);

	List<KnowledgeItem> findByGrantIdIn(Collection<UUID> grantIds);

	/** Items with an approved report's draft waiting, newest change first. */
	List<KnowledgeItem> findByReportDraftIsNotNullOrderByUpdatedAtDesc();

	long countByStatus(KnowledgeStatus status);

	/** Pairs of grant id and method name of the items in a status that belong to a grant, in the items' order. */
	@Query("""
			select i.grantId, m from KnowledgeItem i join i.methods m
			where i.status = :status and i.grantId is not null order by i.grantId, index(m)""")
	List<Object[]> grantMethods(KnowledgeStatus status);
}
