package se.fuel.grants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A grant (beviljade medel) as the officers and the granted organisation see it: what the committee granted to one
 * application, for which period, and when the report is due.
 *
 * @param amount the granted amount in whole kronor, for a partial grant less than what was applied for
 * @param periodStart the first day the funds may be used: 1 January of the year granted ("Medlen avser det år de
 * beviljas")
 * @param reportDueDate when the report (redovisning) is due, from the call; null when the call set none
 * @param paragraph the committee minutes' paragraph, e.g. "§ 12"
 * @param historical decided before Fuel (document 001, document 004): no application or call in Fuel
 * @param purpose goals and purpose (mål och syfte) of the project, or a study visit's purpose
 * @param area the area the project is reported under (e.g. "Socialmedicin"), or null
 * @param partnerNames the partner organisations' names, in the order of {@code partnerOrganisationIds}
 * @param version the version it was read at, which an officer's change may name to be refused when the grant has
 * changed since
 */
public record GrantView(UUID id, UUID applicationId, UUID callId, UUID organisationId, String organisationName,
		String registrationNumber, String title, String programmeCode, int year, long amount, LocalDate periodStart,
		LocalDate periodEnd, LocalDate reportDueDate, LocalDate decidedOn, String paragraph, GrantStatus status,
		Instant createdAt, boolean historical, String targetGroup, String purpose, String area,
		List<UUID> partnerOrganisationIds, List<String> partnerNames, long version) {
}
