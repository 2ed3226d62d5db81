package se.fuel.organisations;

import java.util.List;

import se.fuel.audit.AuditPage;

/**
 * One organisation with where it came from and what it became: the organisations that merged into it or were renamed
 * to it (all generations back), the chain of successors up to today's organisation, its parent and units, and its
 * history of changes.
 *
 * @param predecessors earlier organisations, nearest generation first
 * @param successors the chain from its successor up to the organisation that carries its work today
 */
public record OrganisationDetails(OrganisationRow row, String note, OrganisationSummary parent,
		List<OrganisationRow> units, List<OrganisationRow> predecessors, List<OrganisationRow> successors,
		AuditPage events) {
}
