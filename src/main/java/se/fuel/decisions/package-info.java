/**
 * Decisions (DESIGN.md steps 6–8): the allocation of a year's funds across its calls, the decision document
 * (tjänsteutlåtande) in versions, its digital attestation, and the committee's decision that turns proposals into
 * grants and tells every applicant the outcome.
 */
package se.fuel.decisions;
