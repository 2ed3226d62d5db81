package se.fuel.identity;

import java.util.UUID;

/**
 * The signed-in user as services see them: whose organisation they act for and in which role.
 */
public record CurrentUser(UUID userId, String username, String displayName, Role role, UUID organisationId) {

	public boolean is(Role... roles) {
		for (Role r : roles) {
			if (role == r) {
				return true;
			}
		}
		return false;
	}

	public boolean isOfficer() {
		return role == Role.OFFICER || role == Role.ADMIN;
	}
}
