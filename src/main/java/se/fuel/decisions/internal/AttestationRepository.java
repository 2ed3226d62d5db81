package se.fuel.decisions.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttestationRepository extends JpaRepository<Attestation, UUID> {

	List<Attestation> findByDocumentIdOrderByRequestedAtAscNameAsc(UUID documentId);

	List<Attestation> findByAttestantIdAndAttestedAtIsNullAndVoidedAtIsNull(UUID attestantId);
}
