package se.fuel.mail.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.fuel.mail.MailChoices;
import se.fuel.mail.MailKind;

/** Which kinds of mail each user has turned off; a user with no rows gets every kind. */
@Repository
class MailPreferences implements MailChoices {

	private final JdbcTemplate jdbc;

	MailPreferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<MailKind> optedOut(UUID userId) {
		Set<MailKind> kinds = EnumSet.noneOf(MailKind.class);
		jdbc.queryForList("select kind from mail_opt_out where user_id = ?", String.class, userId)
			.forEach(k -> kinds.add(MailKind.valueOf(k)));
		return kinds;
	}

	@Override
	public Set<UUID> optedOut(MailKind kind) {
		return Set.copyOf(jdbc.queryForList("select user_id from mail_opt_out where kind = ?", UUID.class, kind.name()));
	}

	boolean wants(UUID userId, MailKind kind) {
		return jdbc.queryForObject("select count(*) from mail_opt_out where user_id = ? and kind = ?", Integer.class,
				userId, kind.name()) == 0;
	}

	void replace(UUID userId, Set<MailKind> optedOut) {
		jdbc.update("delete from mail_opt_out where user_id = ?", userId);
		for (MailKind kind : optedOut) {
			jdbc.update("insert into mail_opt_out (user_id, kind) values (?, ?)", userId, kind.name());
		}
	}
}
