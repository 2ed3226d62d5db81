package se.fuel.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item of the knowledge bank as its readers see it.
 *
 * @param grantId the grant the item comes from, or null
 * @param organisationIds the organisations behind it, the lead (huvudman) first; {@code organisationNames} in the same
 * order
 * @param areas the areas of the taxonomy, in the item's order
 * @param outcome outcome figures and results as text
 * @param publishedVersion how many times it was published (0 for a draft never published)
 * @param version the version it was read at (every save counts), which a change may name to be refused when someone
 * saved since
 */
public record KnowledgeItemView(UUID id, KnowledgeKind kind, KnowledgeStatus status, String title, String summary,
		String body, Integer year, UUID grantId, List<UUID> organisationIds, List<String> organisationNames,
		String programmeCode, List<KnowledgeArea> areas, List<String> targetGroups, List<String> methods,
		ImplementationStatus implementationStatus, String outcome, String contact, Instant createdAt,
		Instant updatedAt, Instant publishedAt, int publishedVersion, List<KnowledgeAttachmentView> attachments,
		long version) {

	/** The input that would save this item unchanged (for the edit form). */
	public KnowledgeItemInput toInput() {
		return new KnowledgeItemInput(kind, title, summary, body, year, grantId, organisationIds, programmeCode,
				areas.stream().map(KnowledgeArea::code).toList(), targetGroups, methods, implementationStatus, outcome,
				contact);
	}
}
