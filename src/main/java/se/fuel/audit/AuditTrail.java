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

	private final PlainHistory plain;

	private final AuditLog log;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, PlainHistory plain, AuditLog log) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.plain = plain;
		this.log = log;
	}

	/**
	 * A page of the log of every change across objects (administrators and readers): the entries the filter finds,
	 * newest first, {@value AuditLog#PAGE_SIZE} a page, starting after the query's {@code before}.
	 */
	@Transactional(readOnly = true)
	public AuditLogPage log(AuditQuery query) {
		return log.page(query);
	}

	/** Every entry the filter finds, newest first, up to {@value AuditLog#EXPORT_LIMIT} (administrators and readers). */
	@Transactional(readOnly = true)
	public List<AuditLogEntry> export(AuditQuery query) {
		return log.export(query);
	}

	/**
	 * Refuses everyone but administrators and readers, for a controller to call before it reads the log's filter: a
	 * mistake in the filter must not tell someone else that the log exists.
	 */
	public void requireLogReader() {
		log.requireReader();
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
	 * whole values are not even read. A page past the last shows the last. Applicants get the page in words as well
	 * ({@link AuditPage#story()}): what changed, not the JSON.
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
		return new AuditPage(objectType, id, entries, shown, pages, total,
				plain.forThisReader() ? plain.tell(objectType, entries) : null);
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
