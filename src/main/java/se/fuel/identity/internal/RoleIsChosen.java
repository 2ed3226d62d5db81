package se.fuel.identity.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** Every account has a role: it decides what the person may see and do. */
final class RoleIsChosen implements Rule<AccountCandidate> {

	@Override
	public List<Violation> check(AccountCandidate candidate) {
		return candidate.role() == null ? List.of(Violation.of("role", "required", "identity.rule.role.required"))
				: List.of();
	}
}
