package se.fuel.identity.internal;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.identity.Role;

/**
 * An administrator cannot remove their own administrator role or disable their own account: one who locks themselves
 * out may leave the city without anyone able to manage users. Another administrator can.
 */
final class AdministratorKeepsOwnAccess implements Rule<OwnAccountChange> {

	@Override
	public List<Violation> check(OwnAccountChange change) {
		var violations = new ArrayList<Violation>();
		if (!change.own()) {
			return violations;
		}
		if (change.role() != null && change.role() != Role.ADMIN) {
			violations.add(Violation.of("role", "not-own-admin-role", "identity.rule.ownAdminRole"));
		}
		if (!change.enabled()) {
			violations.add(Violation.of("enabled", "not-own-account", "identity.rule.ownAccount"));
		}
		return violations;
	}
}
