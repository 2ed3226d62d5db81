package se.fuel.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * A password has at least 12 characters, and at most the 72 bytes that the password hash (BCrypt, the delegating
 * encoder's default) reads.
 */
final class PasswordIsLongEnough implements Rule<PasswordCandidate> {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	@Override
	public List<Violation> check(PasswordCandidate candidate) {
		String password = candidate.password();
		if (password == null || password.length() < MIN_LENGTH) {
			return List.of(Violation.of("password", "min-length", "identity.rule.password.minLength",
					String.valueOf(MIN_LENGTH)));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return List.of(Violation.of("password", "max-length", "identity.rule.password.maxLength",
					String.valueOf(MAX_BYTES)));
		}
		return List.of();
	}
}
