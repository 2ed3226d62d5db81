package se.fuel.decisions;

import java.util.UUID;

import se.fuel.assessment.Recommendation;

/**
 * One submitted application on the allocation workbench.
 *
 * @param recommendation the officer's recommendation, null while the application is not assessed
 * @param amount the proposed amount: the recommended amount unless the officer changed it here; 0 when rejected
 * @param version 0 while the amount is the recommendation, then one more with each change here: what a change hands
 *     back so that one made on an older copy is refused
 * @param outcome what the proposal means for the application, derived from the amount (null while not assessed)
 */
public record AllocationLine(UUID applicationId, UUID callId, String programmeCode, String registrationNumber,
		String title, UUID organisationId, String organisationName, long requestedAmount, Recommendation recommendation,
		long amount, DecisionOutcome outcome, String reasonCategoryName, String reasonPhrase, boolean changedHere,
		long version) {
}
