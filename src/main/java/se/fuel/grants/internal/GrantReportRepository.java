package se.fuel.grants.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reports of grants, one per grant. */
interface GrantReportRepository extends JpaRepository<GrantReport, UUID> {

	Optional<GrantReport> findByGrantId(UUID grantId);

	List<GrantReport> findByGrantIdIn(Collection<UUID> grantIds);
}
