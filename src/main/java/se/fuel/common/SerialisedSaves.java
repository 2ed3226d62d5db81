package se.fuel.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves of one thing wait for each other until the earlier commits (a PostgreSQL transaction-level advisory lock), so
 * that the later one reads what the earlier stored and is refused as stale, naming who saved and when. A row's
 * version cannot do this for a first save, which has no row to lock yet: two first saves would meet at a unique key,
 * and the database then refuses every further statement of the loser's transaction, so it could not even say who
 * won. Two keys whose hashes collide only wait for each other a moment longer.
 */
@Component
public class SerialisedSaves {

	private final JdbcClient jdbc;

	SerialisedSaves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction holds the saves of this thing, and holds them until this transaction ends.
	 * @param kind what is saved, e.g. {@code "assessment"}; with {@code key} it names one thing
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void of(String kind, Object key) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(kind.hashCode(), key.hashCode()).query((rs, n) -> 1)
			.list();
	}
}
