package se.fuel;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of other modules that a persistence slice's entities point at. The slice has only repositories, not the
 * modules' facades that would normally make these, so they are written with SQL.
 */
public final class SliceRows {

	private SliceRows() {
	}

	/** A new district with a unique code, for the foreign keys to {@code organisation}. */
	public static UUID organisation(JdbcClient jdbc) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into organisation (id, code, name, kind) values (?, ?, ?, 'DISTRICT')")
			.params(id, "slice-" + id, "Slice " + id.toString().substring(0, 8))
			.update();
		return id;
	}
}
