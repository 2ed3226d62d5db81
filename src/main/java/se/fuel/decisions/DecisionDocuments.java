package se.fuel.decisions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.fuel.documents.SigningCertificate;

/**
 * Decision documents, their attestation and the committee's decision. Officers see every version; an attestant sees
 * the versions sent to them; nobody else sees a document before the decision.
 */
public interface DecisionDocuments {

	DocumentView document(UUID documentId);

	/**
	 * The version's PDF/A, with the same access as {@link #document}: once every named attestant has attested, the
	 * archived copy with the city's digital signature (PAdES) over the attested version; before, unsigned.
	 */
	byte[] pdf(UUID documentId);

	/** The certificate the archived PDFs are signed with, for checking a signature (every signed-in user). */
	SigningCertificate signingCertificate();

	/** The year's versions, newest first (officers). */
	List<DocumentSummary> versions(int year);

	/** The version the year's round stands on, if finalised (officers). */
	Optional<DocumentView> current(int year);

	/** Sends the current version to the named attestants (users with the attestant role); officers. */
	DocumentView sendForAttestation(UUID documentId, List<UUID> attestantIds);

	/** The signed-in attestant attests a current version sent to them. */
	DocumentView attest(UUID documentId);

	/** Current versions waiting for the signed-in attestant's attestation. */
	List<DocumentSummary> awaitingMyAttestation();

	/**
	 * Records the committee's decision on the current, fully attested version: creates the outcomes and publishes
	 * {@link CommitteeDecided}. Officers.
	 */
	DocumentView recordDecision(UUID documentId, DecisionInput input);
}
