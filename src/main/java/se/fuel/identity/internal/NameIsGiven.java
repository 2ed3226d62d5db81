package se.fuel.identity.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** Every account has the name of the person, as others see it on pages and in signatures. */
final class NameIsGiven implements Rule<AccountCandidate> {

	static final int MAX_LENGTH = 200;

	@Override
	public List<Violation> check(AccountCandidate candidate) {
		String name = candidate.displayName();
		if (name == null || name.isBlank()) {
			return List.of(Violation.of("displayName", "required", "identity.rule.displayName.required"));
		}
		if (name.trim().length() > MAX_LENGTH) {
			return List.of(Violation.of("displayName", "max-length", "identity.rule.displayName.maxLength",
					String.valueOf(MAX_LENGTH)));
		}
		return List.of();
	}
}
