package se.fuel.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.PersistenceSliceTest;
import se.fuel.SliceRows;
import se.fuel.identity.Role;

@PersistenceSliceTest
class UserAccountRepositorySliceTest {

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUsernameIsFoundWhateverItsCase() {
		String username = "Slice-" + UUID.randomUUID().toString().substring(0, 8);
		var account = accounts.saveAndFlush(account(username, "Anna", Role.APPLICANT));

		assertThat(accounts.findByUsernameIgnoreCase(username.toUpperCase())).map(UserAccount::getId)
			.contains(account.getId());
		assertThat(accounts.findByUsernameIgnoreCase(username + "x")).isEmpty();
	}

	@Test
	void theAccountsOfARoleComeInDisplayNameOrder() {
		String prefix = "Slice " + UUID.randomUUID().toString().substring(0, 8) + " ";
		accounts.saveAllAndFlush(List.of(account(prefix + "Örjan", Role.READER),
				account(prefix + "Anna", Role.READER), account(prefix + "Bertil", Role.READER),
				account(prefix + "Cecilia", Role.OFFICER)));

		assertThat(accounts.findByRoleOrderByDisplayName(Role.READER).stream()
			.map(UserAccount::getDisplayName)
			.filter(name -> name.startsWith(prefix))).containsExactly(prefix + "Anna", prefix + "Bertil",
					prefix + "Örjan");
	}

	private UserAccount account(String displayName, Role role) {
		return account("u" + UUID.randomUUID().toString().substring(0, 12), displayName, role);
	}

	private UserAccount account(String username, String displayName, Role role) {
		return new UserAccount(username, "{noop}unused", displayName, role, SliceRows.organisation(jdbc));
	}
}
