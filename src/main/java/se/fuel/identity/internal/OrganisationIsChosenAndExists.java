package se.fuel.identity.internal;

import java.util.List;
import java.util.Objects;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * Every account belongs to an organisation that is in the register and exists today. An account may keep an
 * organisation that has since ended (its history still belongs there) but cannot be moved to one.
 */
final class OrganisationIsChosenAndExists implements Rule<OrganisationChoice> {

	@Override
	public List<Violation> check(OrganisationChoice choice) {
		if (choice.chosen() == null) {
			return List.of(Violation.of("organisationId", "required", "identity.rule.organisation.required"));
		}
		if (choice.organisation() == null) {
			return List.of(Violation.of("organisationId", "exists", "identity.rule.organisation.exists"));
		}
		if (!choice.organisation().activeOn(choice.today()) && !Objects.equals(choice.chosen(), choice.current())) {
			return List.of(Violation.of("organisationId", "active", "identity.rule.organisation.active",
					choice.organisation().name(), choice.carriedOnBy()));
		}
		return List.of();
	}
}
