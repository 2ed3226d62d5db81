package se.fuel.decisions.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordedOutcomeRepository extends JpaRepository<RecordedOutcome, UUID> {

	List<RecordedOutcome> findByOrganisationIdOrderByYearDescRegistrationNumberAsc(UUID organisationId);

	List<RecordedOutcome> findAllByOrderByYearDescRegistrationNumberAsc();
}
