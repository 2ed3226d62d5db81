package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * An officer published a knowledge item, in the publishing transaction. {@code version} 1 is the first publication;
 * a higher one is the item published again or a published item changed (e.g. subscribers mail only on 1).
 */
public record KnowledgeItemPublished(UUID itemId, KnowledgeKind kind, String title, int version,
		List<String> areaCodes, List<String> targetGroups) {
}
