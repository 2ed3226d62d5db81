package se.fuel.applications.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

	@Query("""
			select distinct a from Application a left join a.partnerOrganisationIds p
			where a.leadOrganisationId = :organisationId or p = :organisationId""")
	List<Application> visibleTo(@Param("organisationId") UUID organisationId);

	@Query("""
			select count(a) from Application a where a.leadOrganisationId = :organisationId and a.id <> :exclude
			and a.callId in :callIds and a.status in (se.fuel.applications.ApplicationStatus.SUBMITTED,
			se.fuel.applications.ApplicationStatus.RETURNED, se.fuel.applications.ApplicationStatus.GRANTED,
			se.fuel.applications.ApplicationStatus.PARTIALLY_GRANTED, se.fuel.applications.ApplicationStatus.REJECTED)""")
	long countSubmitted(@Param("organisationId") UUID organisationId, @Param("callIds") Collection<UUID> callIds,
			@Param("exclude") UUID exclude);

	List<Application> findByCallId(UUID callId);

	boolean existsByCallIdAndTitle(UUID callId, String title);
}
