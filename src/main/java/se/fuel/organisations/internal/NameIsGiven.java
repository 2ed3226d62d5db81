package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** Every organisation has a name that fits the register. */
final class NameIsGiven implements Rule<OrganisationCandidate> {

	static final int MAX_LENGTH = 200;

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		String name = candidate.input().name();
		if (name == null || name.isBlank()) {
			return List.of(Violation.of("name", "required", "organisations.rule.name.required"));
		}
		if (name.trim().length() > MAX_LENGTH) {
			return List.of(Violation.of("name", "max-length", "organisations.rule.name.maxLength",
					String.valueOf(MAX_LENGTH)));
		}
		return List.of();
	}
}
