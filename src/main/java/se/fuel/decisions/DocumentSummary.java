package se.fuel.decisions;

import java.time.Instant;
import java.util.UUID;

/** A document version in lists: the year's versions, an attestant's waiting documents. */
public record DocumentSummary(UUID id, int year, int version, String title, boolean current, RoundStatus status,
		Instant createdAt) {
}
