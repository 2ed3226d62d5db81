package se.fuel.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.CollectionPart;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * Every text column's length as the database declares it ({@code varchar(n)} in the migrations), checked on every
 * entity and element collection Hibernate writes, before the SQL is sent. The limits are read from
 * {@code information_schema} at start, so a migration that widens or narrows a column needs no change in Java, and a
 * text too long for its column is refused with a message naming the field instead of a database error (a 500).
 * Services' own rules (with their form labels) still come first; this is the one check no write can miss.
 */
@Component
public class ColumnLengths implements PreInsertEventListener, PreUpdateEventListener,
		PreCollectionRecreateEventListener, PreCollectionUpdateEventListener {

	public static final String RULE = "max-length";

	/** Maximum characters per "table.column", lower case. */
	private final Map<String, Integer> limits = new HashMap<>();

	ColumnLengths(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		jdbc.sql("""
				select table_name, column_name, character_maximum_length from information_schema.columns
				where table_schema = current_schema() and character_maximum_length is not null""")
			.query((rs, row) -> limits.put(key(rs.getString(1), rs.getString(2)), rs.getInt(3)))
			.list();
		var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.PRE_INSERT, this);
		registry.appendListeners(EventType.PRE_UPDATE, this);
		registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
	}

	/** The declared maximum length of a column, if it has one. */
	public Integer limit(String table, String column) {
		return limits.get(key(table, column));
	}

	/**
	 * For writes that do not go through Hibernate (JdbcClient): the violation if {@code value} is longer than the
	 * column allows, else null.
	 */
	public Violation check(String table, String column, String field, String value) {
		Integer max = limit(table, column);
		if (value == null || max == null) {
			return null;
		}
		int length = value.codePointCount(0, value.length());
		return length <= max ? null : tooLong(field, max, length);
	}

	public static Violation tooLong(String field, int max, int length) {
		return Violation.of(field, RULE, "common.columnLength", field, SwedishFormat.amount(max),
				SwedishFormat.amount(length));
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		checkEntity(event.getPersister(), event.getState());
		return false;
	}

	@Override
	public boolean onPreUpdate(PreUpdateEvent event) {
		checkEntity(event.getPersister(), event.getState());
		return false;
	}

	@Override
	public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
		checkCollection(event);
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		checkCollection(event);
	}

	private void checkEntity(EntityPersister persister, Object[] state) {
		var violations = new ArrayList<Violation>();
		persister.forEachAttributeMapping(attribute -> {
			Object value = state[attribute.getStateArrayPosition()];
			checkValue(attribute, attribute.getAttributeName(), value, violations);
		});
		throwIfAny(violations);
	}

	private void checkCollection(AbstractCollectionEvent event) {
		CollectionPart element = event.getCollectionPersister().getAttributeMapping().getElementDescriptor();
		if (!(event.getCollection() instanceof Collection<?> elements)) {
			return;
		}
		String field = event.getCollectionPersister().getAttributeMapping().getAttributeName();
		var violations = new ArrayList<Violation>();
		for (Object value : elements) {
			if (element instanceof BasicValuedModelPart basic) {
				checkText(basic, field, value, violations);
			}
			else if (element instanceof EmbeddableValuedModelPart embedded && value != null) {
				checkEmbeddable(embedded.getEmbeddableTypeDescriptor(), field, value, violations);
			}
		}
		throwIfAny(violations);
	}

	private void checkValue(AttributeMapping attribute, String field, Object value, List<Violation> violations) {
		if (attribute instanceof BasicValuedModelPart basic) {
			checkText(basic, field, value, violations);
		}
		else if (attribute instanceof EmbeddableValuedModelPart embedded && value != null) {
			checkEmbeddable(embedded.getEmbeddableTypeDescriptor(), field, value, violations);
		}
	}

	private void checkEmbeddable(EmbeddableMappingType type, String field, Object value, List<Violation> violations) {
		type.forEachAttributeMapping(
				attribute -> checkValue(attribute, field + "." + attribute.getAttributeName(), attribute.getValue(value),
						violations));
	}

	private void checkText(BasicValuedModelPart column, String field, Object value, List<Violation> violations) {
		if (value instanceof String text) {
			var violation = check(column.getContainingTableExpression(), column.getSelectionExpression(), field, text);
			if (violation != null && violations.stream().noneMatch(v -> v.field().equals(field))) {
				violations.add(violation);
			}
		}
	}

	private static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
	}

	private static String key(String table, String column) {
		return unquote(table) + "." + unquote(column);
	}

	private static String unquote(String name) {
		String plain = name.replace("\"", "");
		int dot = plain.lastIndexOf('.');
		return (dot >= 0 ? plain.substring(dot + 1) : plain).toLowerCase(Locale.ROOT);
	}
}
