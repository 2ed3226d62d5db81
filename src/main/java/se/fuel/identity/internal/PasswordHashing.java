package se.fuel.identity.internal;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are kept as BCrypt hashes marked {@code {bcrypt}}, as Spring Security's default encoder writes them, with
 * a work factor the operator may raise ({@code fuel.password-hash.strength}, see docs/operations.md). A hash carries
 * its own factor, so accounts hashed before a change keep signing in, and each is rehashed only when its password is
 * next set.
 */
final class PasswordHashing {

	static final String BCRYPT = "bcrypt";

	private PasswordHashing() {
	}

	static PasswordEncoder withStrength(int strength) {
		return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(strength)));
	}
}
