package se.fuel.identity;

import java.util.UUID;


/**
 * An account as administrators see it: never with its password hash.
 *
 * @param version the version it was read at, which a change may name to be refused when someone saved since
 */
public record UserView(UUID id, String username, String displayName, String email, String phone, Role role,
		UUID organisationId, String organisationName, boolean enabled, String title, long version) {
}
