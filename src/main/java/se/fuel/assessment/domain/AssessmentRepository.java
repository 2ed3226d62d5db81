package se.fuel.assessment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

	Optional<Assessment> findByApplicationId(UUID applicationId);

	List<Assessment> findByCallId(UUID callId);
}
