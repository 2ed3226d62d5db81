package se.fuel.assessment;

import java.util.Map;
import java.util.UUID;

/**
 * Read access to recommendations for the allocation; no role check, because its callers check their own caller's
 * rights and demo loading runs without a user.
 */
public interface Recommendations {

	/** The recommendation of every application of the call that has one, by application id. */
	Map<UUID, RecommendationSummary> forCall(UUID callId);
}
