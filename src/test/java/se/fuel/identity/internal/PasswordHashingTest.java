package se.fuel.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

	@Test
	void a_password_is_kept_as_a_bcrypt_hash_of_the_configured_strength() {
		String hash = PasswordHashing.withStrength(11).encode("ett långt lösenord");

		assertThat(hash).startsWith("{bcrypt}$2a$11$").doesNotContain("ett långt lösenord");
	}

	@Test
	void an_account_hashed_before_the_strength_was_changed_still_signs_in() {
		String hashedAtTen = PasswordHashing.withStrength(10).encode("ett långt lösenord");

		assertThat(PasswordHashing.withStrength(12).matches("ett långt lösenord", hashedAtTen)).isTrue();
	}

	@Test
	void a_wrong_password_does_not_match() {
		String hash = PasswordHashing.withStrength(4).encode("ett långt lösenord");

		assertThat(PasswordHashing.withStrength(4).matches("ett kort", hash)).isFalse();
	}
}
