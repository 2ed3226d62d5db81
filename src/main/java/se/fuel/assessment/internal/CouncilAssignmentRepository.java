package se.fuel.assessment.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilAssignmentRepository extends JpaRepository<CouncilAssignment, UUID> {

	List<CouncilAssignment> findByApplicationIdOrderByMemberName(UUID applicationId);

	List<CouncilAssignment> findByMemberIdOrderByAssignedAt(UUID memberId);

	List<CouncilAssignment> findByCallId(UUID callId);

	Optional<CouncilAssignment> findByApplicationIdAndMemberId(UUID applicationId, UUID memberId);
}
