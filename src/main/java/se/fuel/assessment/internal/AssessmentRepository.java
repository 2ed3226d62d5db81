package se.fuel.assessment.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

	Optional<Assessment> findByApplicationId(UUID applicationId);

	List<Assessment> findByCallId(UUID callId);
}
