package se.fuel.identity;

import java.util.UUID;


/**
 * What an administrator may change on an existing account.
 */
public record UserChange(String displayName, String email, String phone, Role role, UUID organisationId,
		boolean enabled, String title) {
}
