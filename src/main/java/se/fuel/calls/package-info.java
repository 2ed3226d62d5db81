/**
 * Programmes (LUM, MUL, FoU…) and their yearly calls with every rule: budget, window, caps, criteria, priority areas,
 * required sections, report and repayment dates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity", "audit" })
package se.fuel.calls;
