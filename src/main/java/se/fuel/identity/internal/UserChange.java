package se.fuel.identity.internal;

import java.util.UUID;

import se.fuel.identity.Role;

/**
 * What an administrator may change on an existing account.
 */
public record UserChange(String displayName, String email, String phone, Role role, UUID organisationId,
		boolean enabled, String title) {
}
