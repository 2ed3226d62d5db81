package se.fuel.decisions;

import java.util.UUID;

/** An officer sent a version of a year's decision document to an attestant, in the sending transaction. */
public record AttestationRequested(UUID documentId, int year, int version, UUID attestantId) {
}
