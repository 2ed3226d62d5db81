package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeAreaView;
import se.fuel.knowledge.KnowledgeAreas;

/**
 * The area taxonomy's administration, for officers and administrators like the other reference data. An area in use
 * is retired, never deleted, so that old items keep their areas and facets.
 */
@Service
@Transactional
class AreaService implements KnowledgeAreas {

	static final String AUDIT_TYPE = "KnowledgeArea";

	static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_CODE = 60;

	static final int MAX_LABEL = 200;

	/** "Övrigt" and the like stay last: a new area goes before any area placed from here on. */
	static final int LAST_POSITIONS = 900;

	private static final Role[] ADMINISTRATORS = { Role.OFFICER, Role.ADMIN };

	private final JdbcClient jdbc;

	private final Identity identity;

	private final AuditTrail audit;

	AreaService(JdbcClient jdbc, Identity identity, AuditTrail audit) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeAreaView> all() {
		identity.require(ADMINISTRATORS);
		return jdbc.sql("""
				select a.code, a.label, a.position, a.active,
				       (select count(distinct i.item_id) from knowledge_item_area i where i.area_code = a.code),
				       (select count(*) from knowledge_subscription s where s.kind = 'AREA' and s.value = a.code)
				from knowledge_area a order by a.active desc, a.position, a.label""")
			.query((rs, n) -> new KnowledgeAreaView(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getBoolean(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	@Override
	public KnowledgeAreaView add(String code, String label) {
		identity.require(ADMINISTRATORS);
		String cleanCode = code == null ? "" : code.strip();
		String cleanLabel = label == null ? "" : label.strip();
		List<Violation> violations = new ArrayList<>();
		if (cleanCode.length() < 2 || cleanCode.length() > MAX_CODE || !CODE.matcher(cleanCode).matches()) {
			violations.add(Violation.of("code", "format", "knowledge.areas.rule.codeFormat"));
		}
		else if (find(cleanCode) != null) {
			violations.add(Violation.of("code", "unique", "knowledge.areas.rule.codeUnique", cleanCode));
		}
		violations.addAll(labelViolations("label", cleanLabel, null));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		int position = jdbc.sql("select coalesce(max(position), 0) from knowledge_area where position < :last")
			.param("last", LAST_POSITIONS).query(Integer.class).single() + 10;
		jdbc.sql("insert into knowledge_area (code, label, position, active) values (:code, :label, :position, true)")
			.param("code", cleanCode).param("label", cleanLabel).param("position", Math.min(position,
					LAST_POSITIONS - 1))
			.update();
		KnowledgeAreaView added = view(cleanCode);
		audit.record(AUDIT_TYPE, cleanCode, "created", null, snapshot(added));
		return added;
	}

	@Override
	public KnowledgeAreaView rename(String code, String label) {
		identity.require(ADMINISTRATORS);
		KnowledgeAreaView before = existing(code);
		String cleanLabel = label == null ? "" : label.strip();
		List<Violation> violations = labelViolations("label-" + code, cleanLabel, code);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		jdbc.sql("update knowledge_area set label = :label where code = :code")
			.param("label", cleanLabel).param("code", code).update();
		KnowledgeAreaView after = view(code);
		audit.record(AUDIT_TYPE, code, "updated", snapshot(before), snapshot(after));
		return after;
	}

	@Override
	public KnowledgeAreaView retire(String code) {
		return setActive(code, false, "retired");
	}

	@Override
	public KnowledgeAreaView reinstate(String code) {
		return setActive(code, true, "reinstated");
	}

	@Override
	public void delete(String code) {
		identity.require(ADMINISTRATORS);
		KnowledgeAreaView area = existing(code);
		if (area.inUse()) {
			throw new ViolationException(Violation.of("delete-" + code, "in-use", "knowledge.areas.rule.inUse",
					area.label(), String.valueOf(area.items()), String.valueOf(area.subscriptions())));
		}
		jdbc.sql("delete from knowledge_area where code = :code").param("code", code).update();
		audit.record(AUDIT_TYPE, code, "deleted", snapshot(area), null);
	}

	private KnowledgeAreaView setActive(String code, boolean active, String action) {
		identity.require(ADMINISTRATORS);
		KnowledgeAreaView before = existing(code);
		jdbc.sql("update knowledge_area set active = :active where code = :code")
			.param("active", active).param("code", code).update();
		KnowledgeAreaView after = view(code);
		audit.record(AUDIT_TYPE, code, action, snapshot(before), snapshot(after));
		return after;
	}

	private List<Violation> labelViolations(String field, String label, String ownCode) {
		if (label.isEmpty() || label.length() > MAX_LABEL) {
			return List.of(Violation.of(field, "length", "knowledge.areas.rule.labelLength"));
		}
		boolean taken = jdbc.sql("select code from knowledge_area where lower(label) = :label")
			.param("label", label.toLowerCase(Locale.ROOT)).query(String.class).list().stream()
			.anyMatch(other -> !other.equals(ownCode));
		if (taken) {
			return List.of(Violation.of(field, "unique", "knowledge.areas.rule.labelUnique", label));
		}
		return List.of();
	}

	private KnowledgeAreaView existing(String code) {
		KnowledgeAreaView area = find(code);
		if (area == null) {
			throw new NotFoundException("Området finns inte.");
		}
		return area;
	}

	private KnowledgeAreaView view(String code) {
		return existing(code);
	}

	private KnowledgeAreaView find(String code) {
		return all().stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
	}

	private static Map<String, Object> snapshot(KnowledgeAreaView area) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("code", area.code());
		s.put("label", area.label());
		s.put("active", area.active());
		return s;
	}
}
