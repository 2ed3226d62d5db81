package se.fuel.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's subscription (bevakning) as they see it.
 *
 * @param value the area code, the target group, or the saved query string ({@code q=...&area=...})
 * @param description what is followed, in Swedish: "området Missbruk", "sökningen ”boendestöd” (Område: Missbruk)"
 * @param searchPath the search page showing what the subscription follows
 */
public record KnowledgeSubscriptionView(UUID id, SubscriptionKind kind, String value, String description,
		String searchPath, Instant createdAt) {
}
