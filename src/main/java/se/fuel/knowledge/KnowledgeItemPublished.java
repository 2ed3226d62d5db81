package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/** An officer published (or published again) a knowledge item, in the publishing transaction. */
public record KnowledgeItemPublished(UUID itemId, KnowledgeKind kind, String title, int version,
		List<String> areaCodes, List<String> targetGroups) {
}
