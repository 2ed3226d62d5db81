package se.fuel.grants.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GrantRepository extends JpaRepository<Grant, UUID> {

	boolean existsByApplicationId(UUID applicationId);

	List<Grant> findByOrganisationIdOrderByYearDescRegistrationNumberAsc(UUID organisationId);

	List<Grant> findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(int year);

	List<Grant> findAllByOrderByYearDescProgrammeCodeAscRegistrationNumberAsc();

	List<Grant> findByDecisionDocumentIdOrderByProgrammeCodeAscRegistrationNumberAsc(UUID decisionDocumentId);

	List<Grant> findByDecisionDocumentIdNotNull();
	List<Grant> findByYearBetween(int fromYear, int toYear);

	boolean existsByOriginAndRegistrationNumber(Grant.Origin origin, String registrationNumber);

	@Query("select g.id from Grant g where g.origin = :origin")
	List<UUID> idsOfOrigin(Grant.Origin origin);

	@Query("select distinct g.year from Grant g order by g.year desc")
	List<Integer> years();
}
