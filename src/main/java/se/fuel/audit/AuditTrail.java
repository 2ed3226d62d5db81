package se.fuel.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private String toJson(Object state) {
		return state == null ? null : json.writeValueAsString(state);
	}

	private static String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}
}
