package se.fuel.grants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One committee decision as the finance system sees it: the grants it made and what has been paid of them, the unit
 * a payment instruction (utbetalningsunderlag) is sent for.
 *
 * @param decisionDocumentId the decision document the grants were decided in
 * @param decidedOn the day of the committee's meeting
 * @param paragraph the minutes' paragraph, e.g. "§ 12"
 * @param grants how many grants the decision made
 * @param granted what the decision granted in all, in whole kronor
 * @param paid what has been paid out of it so far, in whole kronor
 */
public record DecisionPayments(UUID decisionDocumentId, int year, LocalDate decidedOn, String paragraph, int grants,
		long granted, long paid) {
}
