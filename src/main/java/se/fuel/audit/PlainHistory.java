package se.fuel.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A page of history told in words for applicants, who should not have to read before and after as JSON: the name of
 * whoever acted, the action, and the labelled fields that changed with their values ({@link PlainWords}). The fields
 * are compared in the database, a level deep (an application's texts), and only a little of each value is read, so a
 * history of large saves costs no more than its words.
 */
@Component
class PlainHistory {

	/** Who reads histories in words rather than as before and after. */
	static final String PLAIN_READER = "ROLE_APPLICANT";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ObjectProvider<ActorNames> names;

	PlainHistory(JdbcClient jdbc, MessageSource messages, ObjectProvider<ActorNames> names) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.names = names;
	}

	/** Whether the signed-in user reads histories in words. */
	boolean forThisReader() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(PLAIN_READER::equals);
	}

	/** The entries in words, in their order. */
	List<PlainEntry> tell(String objectType, List<AuditEvent> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		var words = new PlainWords(messages, LocaleContextHolder.getLocale());
		Map<Long, List<PlainEntry.Change>> changes = new HashMap<>();
		jdbc.sql(CHANGES)
			.param("ids", entries.stream().map(AuditEvent::id).toList())
			.param("longest", PlainWords.LONGEST_VALUE + 1)
			.query(rs -> {
				String field = rs.getString(2);
				String inner = rs.getString(3);
				String label = words.label(objectType, field, inner);
				if (label != null) {
					String key = inner == null ? field : inner;
					changes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new PlainEntry.Change(label, words.value(objectType, key, rs.getString(6), rs.getString(4)),
								words.value(objectType, key, rs.getString(7), rs.getString(5))));
				}
			});
		Map<String, String> known = Optional.ofNullable(names.getIfAvailable())
			.map(n -> n.displayNames(entries.stream().map(AuditEvent::actor).distinct().toList()))
			.orElse(Map.of());
		var told = new LinkedHashMap<Long, PlainEntry>();
		for (AuditEvent e : entries) {
			told.put(e.id(), new PlainEntry(e.id(), e.occurredAt(), known.getOrDefault(e.actor(), e.actor()), e.action(),
					List.copyOf(changes.getOrDefault(e.id(), List.of()))));
		}
		return List.copyOf(told.values());
	}

	/**
	 * The fields that differ between before and after, for entries that have both: the top level's fields, and inside
	 * an object that both sides have, that object's fields. A value is its JSON type and its first characters.
	 */
	private static final String CHANGES = """
			with e as (
			  select id,
			         case when jsonb_typeof(before_state) = 'object' then before_state else '{}'::jsonb end b,
			         case when jsonb_typeof(after_state) = 'object' then after_state else '{}'::jsonb end a
			  from audit_entry where id in (:ids) and before_state is not null and after_state is not null),
			k as (
			  select e.id, e.b, e.a, f.key
			  from e cross join lateral (select jsonb_object_keys(e.b) intersect select jsonb_object_keys(e.a)) f(key)
			  where e.b -> f.key is distinct from e.a -> f.key)
			select k.id, k.key, null::text, left(k.b ->> k.key, :longest), left(k.a ->> k.key, :longest),
			       jsonb_typeof(k.b -> k.key), jsonb_typeof(k.a -> k.key)
			from k
			where not (jsonb_typeof(k.b -> k.key) = 'object' and jsonb_typeof(k.a -> k.key) = 'object')
			union all
			select k.id, k.key, s.key, left(k.b -> k.key ->> s.key, :longest), left(k.a -> k.key ->> s.key, :longest),
			       jsonb_typeof(k.b -> k.key -> s.key), jsonb_typeof(k.a -> k.key -> s.key)
			from k cross join lateral (
			  select jsonb_object_keys(case when jsonb_typeof(k.b -> k.key) = 'object' then k.b -> k.key else '{}' end)
			  union
			  select jsonb_object_keys(case when jsonb_typeof(k.a -> k.key) = 'object' then k.a -> k.key else '{}' end)) s(key)
			where jsonb_typeof(k.b -> k.key) = 'object' and jsonb_typeof(k.a -> k.key) = 'object'
			  and k.b -> k.key -> s.key is distinct from k.a -> k.key -> s.key
			order by 1, 2, 3""";
}
