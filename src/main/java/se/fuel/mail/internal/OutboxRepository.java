package se.fuel.mail.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import se.fuel.mail.MailKind;
import se.fuel.mail.MailStatus;

interface OutboxRepository extends JpaRepository<OutboxMail, UUID> {

	@Query("select m.id from OutboxMail m where m.status in :statuses and m.attempts < :maxAttempts order by m.createdAt")
	List<UUID> due(Collection<MailStatus> statuses, int maxAttempts, Limit limit);

	/** The row locked for this delivery; empty when another node (or the test) is delivering it right now. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from OutboxMail m where m.id = :id")
	Optional<OutboxMail> lockForDelivery(UUID id);

	Page<OutboxMail> findByKind(MailKind kind, Pageable pageable);

	List<OutboxMail> findByRecipientUserId(UUID userId);
}
