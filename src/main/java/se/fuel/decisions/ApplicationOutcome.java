package se.fuel.decisions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The committee's decision on one application, as the applying organisation sees it.
 *
 * @param reason for a rejection, the reason in the decision document's words; for a partial grant, why it was
 * reduced; empty for a full grant
 */
public record ApplicationOutcome(UUID applicationId, UUID callId, String registrationNumber, String title,
		String programmeCode, int year, UUID organisationId, DecisionOutcome outcome, long requestedAmount,
		long amount, String reason, LocalDate decidedOn, String paragraph) {
}
