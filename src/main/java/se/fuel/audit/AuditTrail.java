package se.fuel.audit;

import java.time.Instant;
import java.util.List;

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

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
			.params(java.sql.Timestamp.from(Instant.now()), actor(), objectType, String.valueOf(objectId), action,
					toJson(before), toJson(after))
			.update();
	}

	/** The object's history, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> history(String objectType, Object objectId) {
		return jdbc.sql("""
				select occurred_at, actor, action, before_state::text, after_state::text from audit_entry
				where object_type = ? and object_id = ? order by occurred_at, id""")
			.params(objectType, String.valueOf(objectId))
			.query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
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
