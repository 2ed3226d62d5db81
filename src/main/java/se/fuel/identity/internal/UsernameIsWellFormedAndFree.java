package se.fuel.identity.internal;

import java.util.List;
import java.util.regex.Pattern;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A username is given, is written in small letters, digits, dots, hyphens and underscores (so people can type it on any
 * keyboard), and belongs to no other account.
 */
final class UsernameIsWellFormedAndFree implements Rule<UsernameCandidate> {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	@Override
	public List<Violation> check(UsernameCandidate candidate) {
		String username = candidate.username() == null ? "" : candidate.username().trim();
		if (username.isEmpty()) {
			return List.of(Violation.of("username", "required", "identity.rule.username.required"));
		}
		if (!USERNAME.matcher(username).matches()) {
			return List.of(Violation.of("username", "pattern", "identity.rule.username.pattern"));
		}
		return candidate.taken() ? List.of(Violation.of("username", "unique", "identity.rule.username.unique", username))
				: List.of();
	}
}
