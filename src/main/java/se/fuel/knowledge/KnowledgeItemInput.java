package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * What an officer types for an item. Lists keep their order; {@code organisationIds} has the lead (huvudman) first.
 *
 * @param outcome outcome figures and results as text (resultat)
 */
public record KnowledgeItemInput(KnowledgeKind kind, String title, String summary, String body, Integer year,
		UUID grantId, List<UUID> organisationIds, String programmeCode, List<String> areaCodes,
		List<String> targetGroups, List<String> methods, ImplementationStatus implementationStatus, String outcome,
		String contact) {
}
