package se.fuel.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.ActorNames;

/** The accounts' names for the histories told in words (the audit trail keeps usernames). */
@Component
class AccountNames implements ActorNames {

	private final JdbcClient jdbc;

	AccountNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql("select username, display_name from user_account where username in (:usernames)")
			.param("usernames", usernames)
			.query(rs -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}
}
