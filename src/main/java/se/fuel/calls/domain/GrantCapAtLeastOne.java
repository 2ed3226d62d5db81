package se.fuel.calls.domain;

import java.util.List;

import se.fuel.common.Violation;

/** A cap on grants per organisation and year, when there is one, allows at least one grant. */
public final class GrantCapAtLeastOne implements CallRule {

	@Override
	public List<Violation> check(CallInput c) {
		if (c.maxGrantsPerOrganisation() == null || c.maxGrantsPerOrganisation() >= 1) {
			return List.of();
		}
		return List.of(new Violation("maxGrantsPerOrganisation", "grant-cap-at-least-one",
				"Fältet ”Högsta antal beviljade ansökningar per organisation och år” måste vara minst 1, eller tomt om det inte finns något tak."));
	}
}
