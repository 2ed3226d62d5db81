package se.fuel.identity.internal;

import java.time.LocalDate;
import java.util.UUID;

import se.fuel.organisations.OrganisationSummary;

/**
 * The organisation an administrator chose for an account.
 *
 * @param chosen the chosen organisation's id, or null when none was chosen
 * @param current the account's organisation before the change, or null for a new account
 * @param organisation the chosen organisation, or null when it is not in the register
 * @param carriedOnBy the name of the organisation that carries the chosen one's work today
 */
record OrganisationChoice(UUID chosen, UUID current, OrganisationSummary organisation, String carriedOnBy,
		LocalDate today) {
}
