package se.fuel.identity;

import java.util.UUID;


/**
 * What an administrator gives to open a local account; the password is hashed before anything is stored.
 */
public record NewUser(String username, String displayName, String email, String phone, Role role,
		UUID organisationId, String password, String title) {

	@Override
	public String toString() {
		// Keeps the initial password out of logs and exception messages.
		return "NewUser[" + username + ", " + role + "]";
	}
}
