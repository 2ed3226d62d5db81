package se.fuel.decisions.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedOutcomeRepository extends JpaRepository<RecordedOutcome, UUID> {

	List<RecordedOutcome> findByOrganisationIdOrderByYearDescRegistrationNumberAsc(UUID organisationId);

	List<RecordedOutcome> findAllByOrderByYearDescRegistrationNumberAsc();
}
