package se.fuel.knowledge.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import se.fuel.knowledge.SubscriptionKind;

/** Users' subscriptions to the knowledge bank. */
interface KnowledgeSubscriptionRepository extends JpaRepository<KnowledgeSubscription, UUID> {

	List<KnowledgeSubscription> findByUserIdOrderByCreatedAtDesc(UUID userId);

	Optional<KnowledgeSubscription> findByUserIdAndKindAndValue(UUID userId, SubscriptionKind kind, String value);

	List<KnowledgeSubscription> findByKind(SubscriptionKind kind);

	List<KnowledgeSubscription> findByKindAndValueIn(SubscriptionKind kind, Collection<String> values);

	long countByKindAndValue(SubscriptionKind kind, String value);
}
