package se.fuel.audit;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;

/**
 * The log of every change across objects, for administrators and readers (the city's auditors read with the reader's
 * role), behind {@link AuditTrail#log} and {@link AuditTrail#export}: filtered by who, what, object and period, newest
 * first, a page at a time by keyset (each page starts after the entry the previous one ended with), so that a page
 * costs the same at the millionth entry as at the first.
 */
@Component
class AuditLog {

	/** Entries on a page of the log. */
	static final int PAGE_SIZE = 50;

	/** Entries an export holds at most: a period or a person narrows a larger one. */
	static final int EXPORT_LIMIT = 100_000;

	/**
	 * The roles that read the log, as Spring Security names them: the audit module is below identity, so it reads the
	 * signed-in user's authorities rather than identity's Role.
	 */
	static final Set<String> READERS = Set.of("ROLE_ADMIN", "ROLE_READER");

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AuditLogPage page(AuditQuery query) {
		requireReader();
		List<AuditLogEntry> found = find(query, PAGE_SIZE + 1);
		if (found.size() > PAGE_SIZE) {
			List<AuditLogEntry> shown = found.subList(0, PAGE_SIZE);
			return new AuditLogPage(query, List.copyOf(shown), shown.get(PAGE_SIZE - 1).id());
		}
		return new AuditLogPage(query, found, null);
	}

	List<AuditLogEntry> export(AuditQuery query) {
		requireReader();
		return find(query.fromTheStart(), EXPORT_LIMIT);
	}

	private List<AuditLogEntry> find(AuditQuery q, int limit) {
		StringBuilder sql = new StringBuilder("""
				select id, occurred_at, actor, action, object_type, object_id from audit_entry where true""");
		var statement = new LinkedHashMap<String, Object>();
		if (q.actor() != null) {
			sql.append(" and actor = :actor");
			statement.put("actor", q.actor());
		}
		if (q.action() != null) {
			sql.append(" and action = :action");
			statement.put("action", q.action());
		}
		if (q.objectType() != null) {
			sql.append(" and object_type = :type");
			statement.put("type", q.objectType());
		}
		if (q.objectId() != null) {
			sql.append(" and object_id = :id");
			statement.put("id", q.objectId());
		}
		if (q.from() != null) {
			sql.append(" and occurred_at >= :from");
			statement.put("from", Timestamp.from(q.fromInstant()));
		}
		if (q.to() != null) {
			sql.append(" and occurred_at < :to");
			statement.put("to", Timestamp.from(q.toExclusive()));
		}
		if (q.before() != null) {
			// An entry number no one has leaves the comparison null: an empty page, never the first one again.
			sql.append(" and (occurred_at, id) < (select occurred_at, id from audit_entry where id = :before)");
			statement.put("before", q.before());
		}
		sql.append(" order by occurred_at desc, id desc limit :limit");
		statement.put("limit", limit);
		return jdbc.sql(sql.toString())
			.params(statement)
			.query((rs, n) -> new AuditLogEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	void requireReader() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		boolean allowed = auth != null && auth.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(READERS::contains);
		if (!allowed) {
			throw new AccessDeniedException(Text.of("audit.log.access"));
		}
	}
}
