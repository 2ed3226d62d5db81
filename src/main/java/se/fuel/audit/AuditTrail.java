package se.fuel.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.common.StaleVersionException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of every change in Fuel: who did what to which object, when, and how it looked before and after. Shown on
 * each object's page as "Händelser".
 */
@Service
public class AuditTrail {

	/** Entries on a page of a history. */
	public static final int PAGE_SIZE = 20;

	/** Characters of a before or after value a history page shows; the rest is behind a link to the whole entry. */
	public static final int SHOWN_CHARACTERS = 500;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change as part of the caller's transaction, so that a change and its audit entry stand or fall together.
	 * @param before a snapshot (record or map) of the object before, or {@code null} when it was created
	 * @param after a snapshot after, or {@code null} when it was removed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String objectType, Object objectId, String action, Object before, Object after) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, object_type, object_id, action, before_state, after_state)
				values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
			.params(java.sql.Timestamp.from(clock.instant()), actor(), objectType, String.valueOf(objectId), action,
					toJson(before), toJson(after))
			.update();
	}

	/** The object's history, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> history(String objectType, Object objectId) {
		return jdbc.sql("""
				select occurred_at, actor, action, before_state::text, after_state::text, id from audit_entry
				where object_type = ? and object_id = ? order by occurred_at, id""")
			.params(objectType, String.valueOf(objectId))
			.query((rs, n) -> new AuditEvent(rs.getLong(6), rs.getTimestamp(1).toInstant(), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), false))
			.list();
	}

	/**
	 * A page of the object's history for a page to show, newest first, with before and after cut to
	 * {@link #SHOWN_CHARACTERS}: a history of large saves would otherwise make the object's page as large as all of
	 * them (a report saved 291 times with a 1 MB field made a 9 MB page). The cut is made in the database, so the
	 * whole values are not even read. A page past the last shows the last.
	 */
	@Transactional(readOnly = true)
	public AuditPage page(String objectType, Object objectId, int page) {
		String id = String.valueOf(objectId);
		long total = jdbc.sql("select count(*) from audit_entry where object_type = ? and object_id = ?")
			.params(objectType, id)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<AuditEvent> entries = jdbc.sql("""
				select id, occurred_at, actor, action, left(before_state::text, :shown),
				       left(after_state::text, :shown),
				       coalesce(length(before_state::text), 0) > :shown, coalesce(length(after_state::text), 0) > :shown
				from audit_entry where object_type = :type and object_id = :id
				order by occurred_at desc, id desc limit :size offset :offset""")
			.param("shown", SHOWN_CHARACTERS)
			.param("type", objectType)
			.param("id", id)
			.param("size", PAGE_SIZE)
			.param("offset", (long) (shown - 1) * PAGE_SIZE)
			.query((rs, n) -> {
				boolean before = rs.getBoolean(7);
				boolean after = rs.getBoolean(8);
				return new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
						cut(rs.getString(5), before), cut(rs.getString(6), after), before || after);
			})
			.list();
		return new AuditPage(objectType, id, entries, shown, pages, total);
	}

	/** One whole entry of the object's history; empty when the entry belongs to another object. */
	@Transactional(readOnly = true)
	public Optional<AuditEvent> entry(String objectType, Object objectId, long entryId) {
		return jdbc.sql("""
				select occurred_at, actor, action, before_state::text, after_state::text, id from audit_entry
				where object_type = ? and object_id = ? and id = ?""")
			.params(objectType, String.valueOf(objectId), entryId)
			.query((rs, n) -> new AuditEvent(rs.getLong(6), rs.getTimestamp(1).toInstant(), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), false))
			.optional();
	}

	/** Marks a value that was cut, so that no one takes the part for the whole. */
	private static String cut(String value, boolean truncated) {
		return truncated ? value + "…" : value;
	}

	/**
	 * Refuses a save made on an older copy: when the version the user opened differs from the stored one, throws with
	 * who saved last and when (from this trail), so the refusal can say so.
	 * @param openedVersion the version the form or the API client read; {@code null} when the client sent none
	 */
	@Transactional(readOnly = true)
	public void requireUnchanged(String objectType, Object objectId, Long openedVersion, long currentVersion) {
		if (openedVersion != null && openedVersion != currentVersion) {
			throw staleVersion(objectType, objectId, currentVersion);
		}
	}

	/** The refusal of a stale save, naming the last change this trail holds of the object. */
	@Transactional(readOnly = true)
	public StaleVersionException staleVersion(String objectType, Object objectId, long currentVersion) {
		var last = jdbc.sql("""
				select actor, occurred_at from audit_entry where object_type = ? and object_id = ?
				order by occurred_at desc, id desc limit 1""")
			.params(objectType, String.valueOf(objectId))
			.query((rs, n) -> new StaleVersionException(currentVersion, rs.getString(1),
					rs.getTimestamp(2).toInstant()))
			.optional();
		return last.orElseGet(() -> new StaleVersionException(currentVersion, null, null));
	}

	private String toJson(Object state) {
		return state == null ? null : json.writeValueAsString(state);
	}

	private static String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}
}
