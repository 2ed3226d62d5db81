package se.fuel.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.identity.Role;
import se.fuel.identity.NewUser;
import se.fuel.identity.UserChange;
import se.fuel.identity.UserView;

/**
 * The account form as typed, so that a rejected form comes back with the administrator's own text (but never the
 * password).
 */
record UserForm(String username, String displayName, String email, String phone, String role,
		String organisationId, Boolean enabled, String password, String title, String version) {

	static UserForm empty() {
		return new UserForm("", "", "", "", "", "", true, "", "", "");
	}

	static UserForm of(UserView user) {
		return new UserForm(user.username(), user.displayName(), nullToEmpty(user.email()), nullToEmpty(user.phone()),
				user.role().name(), user.organisationId().toString(), user.enabled(), "", nullToEmpty(user.title()),
				Long.toString(user.version()));
	}

	UserForm withoutPassword() {
		return new UserForm(username, displayName, email, phone, role, organisationId, enabled, "", title, version);
	}

	/** The version the form was opened on (the entity tag's number), or {@code null} when the form did not say. */
	Long openedVersion() {
		return Versions.fromIfMatch(version);
	}

	public boolean isEnabled() {
		return Boolean.TRUE.equals(enabled);
	}

	NewUser toNewUser(List<Violation> violations) {
		return new NewUser(username, displayName, email, phone, role(role), organisation(violations), password, title);
	}

	UserChange toChange(List<Violation> violations) {
		return new UserChange(displayName, email, phone, role(role), organisation(violations), isEnabled(), title);
	}

	static List<Violation> newViolations() {
		return new ArrayList<>();
	}

	private UUID organisation(List<Violation> violations) {
		if (organisationId == null || organisationId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(organisationId.trim());
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("organisationId", "exists", "identity.rule.organisation.fromList"));
			return null;
		}
	}

	private static Role role(String value) {
		for (Role r : Role.values()) {
			if (r.name().equals(value)) {
				return r;
			}
		}
		return null;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
