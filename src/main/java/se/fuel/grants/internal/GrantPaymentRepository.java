package se.fuel.grants.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantPaymentRepository extends JpaRepository<GrantPayment, UUID> {

	List<GrantPayment> findByGrantIdOrderByPaidOnAscRecordedAtAsc(UUID grantId);

	List<GrantPayment> findByGrantIdIn(Collection<UUID> grantIds);

	boolean existsByGrantIdAndKind(UUID grantId, GrantPayment.Kind kind);
}
