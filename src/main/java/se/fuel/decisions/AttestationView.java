package se.fuel.decisions;

import java.time.Instant;
import java.util.UUID;

/**
 * A named attestant's attestation of one document version.
 *
 * @param attestedAt null while waiting
 * @param voidedAt when a change to the allocation voided it, null otherwise
 */
public record AttestationView(UUID attestantId, String name, String title, Instant requestedAt, Instant attestedAt,
		Instant voidedAt) {

	public boolean attested() {
		return attestedAt != null && voidedAt == null;
	}
}
