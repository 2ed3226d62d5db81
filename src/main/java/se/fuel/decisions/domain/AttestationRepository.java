package se.fuel.decisions.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttestationRepository extends JpaRepository<Attestation, UUID> {

	List<Attestation> findByDocumentIdOrderByRequestedAtAscNameAsc(UUID documentId);

	List<Attestation> findByAttestantIdAndAttestedAtIsNullAndVoidedAtIsNull(UUID attestantId);
}
