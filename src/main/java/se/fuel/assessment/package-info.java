/**
 * Assessment (bedömning): the fund officer's judgement of each submitted application on the call's main criteria and
 * priority areas, and the recommendation to grant, partly grant or reject it; and the R&D council's review. The rules
 * of an assessment are in {@code rules}, one class per rule.
 */
@ApplicationModule(allowedDependencies = { "common", "system", "identity", "audit", "calls", "applications",
		"organisations" })
package se.fuel.assessment;

import org.springframework.modulith.ApplicationModule;
