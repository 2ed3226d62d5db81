package se.fuel.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a generated corpus as published rows of the real knowledge-bank tables with PostgreSQL's COPY: the items
 * first, then (from the cheap link stream, so without the texts held in memory) the link tables the search reads.
 */
final class CorpusWriter {

	private static final String TABLES = "knowledge_item_organisation, knowledge_item_area, "
			+ "knowledge_item_target_group, knowledge_item_method";

	private final DataSource dataSource;

	CorpusWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	long countBenchItems() throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				var rs = s.executeQuery("select count(*) from knowledge_item where id between '"
						+ CorpusGenerator.FIRST_ID + "' and '" + CorpusGenerator.LAST_ID + "' and status = 'PUBLISHED'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	void deleteBenchItems() throws SQLException {
		String range = " between '" + CorpusGenerator.FIRST_ID + "' and '" + CorpusGenerator.LAST_ID + "'";
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : TABLES.split(", ")) {
				s.execute("delete from " + table + " where item_id" + range);
			}
			s.execute("delete from knowledge_item where id" + range);
		}
	}

	void write(CorpusGenerator generator, long items, BiConsumer<String, Long> progress) throws SQLException {
		copy("copy knowledge_item (id, version, kind, status, title, summary, body, year, grant_id, programme_code, "
				+ "implementation_status, outcome, contact, created_at, updated_at, published_at, published_version) "
				+ "from stdin", items, progress, "items", (n, row) -> {
					CorpusGenerator.Item item = generator.item(n);
					CorpusGenerator.Links l = item.links();
					String at = l.year() + "-" + two(1 + (int) (n % 12)) + "-" + two(1 + (int) (n % 28))
							+ " 10:00:00+00";
					field(row, l.id().toString()).append('\t').append('0').append('\t');
					field(row, l.kind()).append("\tPUBLISHED\t");
					field(row, item.title()).append('\t');
					field(row, item.summary()).append('\t');
					field(row, item.body()).append('\t').append(l.year()).append("\t\\N\t");
					field(row, l.programme()).append('\t');
					field(row, l.implementation()).append('\t');
					field(row, item.outcome()).append('\t');
					field(row, item.contact()).append('\t');
					row.append(at).append('\t').append(at).append('\t').append(at).append("\t1\n");
				});
		copy("copy knowledge_item_organisation (item_id, position, organisation_id) from stdin", items, progress,
				"organisation links", (n, row) -> {
					CorpusGenerator.Links l = generator.links(n);
					links(row, l, l.organisations().stream().map(Object::toString).toList());
				});
		copy("copy knowledge_item_area (item_id, position, area_code) from stdin", items, progress, "area links",
				(n, row) -> {
					CorpusGenerator.Links l = generator.links(n);
					links(row, l, l.areas());
				});
		copy("copy knowledge_item_target_group (item_id, position, target_group) from stdin", items, progress,
				"target-group links", (n, row) -> {
					CorpusGenerator.Links l = generator.links(n);
					links(row, l, l.targetGroups());
				});
		copy("copy knowledge_item_method (item_id, position, method_name) from stdin", items, progress,
				"method links", (n, row) -> {
					CorpusGenerator.Links l = generator.links(n);
					links(row, l, l.methods());
				});
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("analyze knowledge_item, " + TABLES);
		}
	}

	private interface RowWriter {
		void write(long n, StringBuilder row);
	}

	private void copy(String sql, long items, BiConsumer<String, Long> progress, String what, RowWriter rows)
			throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try {
				StringBuilder buffer = new StringBuilder(1 << 20);
				for (long n = 0; n < items; n++) {
					rows.write(n, buffer);
					if (buffer.length() > (1 << 20)) {
						flush(in, buffer);
					}
					if ((n + 1) % 100_000 == 0) {
						progress.accept(what, n + 1);
					}
				}
				flush(in, buffer);
				in.endCopy();
			}
			finally {
				if (in.isActive()) {
					in.cancelCopy();
				}
			}
		}
	}

	private static void flush(CopyIn in, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		in.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private static void links(StringBuilder row, CorpusGenerator.Links links, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.append(links.id()).append('\t').append(i).append('\t');
			field(row, values.get(i)).append('\n');
		}
	}

	/** A value in COPY's text format. */
	private static StringBuilder field(StringBuilder row, String value) {
		if (value == null) {
			return row.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(ch);
			}
		}
		return row;
	}

	private static String two(int value) {
		return value < 10 ? "0" + value : String.valueOf(value);
	}
}
