/**
 * Decisions: the allocation of a year's funds across its calls, the decision
 * document (tjänsteutlåtande) in versions, its digital attestation, and the committee's decision that turns proposals
 * into grants and tells every applicant the outcome. The rules of each step are in {@code rules}, one class per rule;
 * the grants-per-organisation cap is the applications module's, applied here as blocking.
 */
@ApplicationModule(allowedDependencies = { "common", "system", "identity", "audit", "calls", "applications",
		"applications :: eligibility", "assessment", "organisations", "documents" })
package se.fuel.decisions;

import org.springframework.modulith.ApplicationModule;
