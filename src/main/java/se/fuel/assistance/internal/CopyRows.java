package se.fuel.assistance.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format, sent in blocks of about 64 kB while the file is still being read: into the import's
 * temporary table (line first), or straight into assistance_value (import id last).
 */
final class CopyRows {

	/** The columns for {@link #CopyRows(CopyIn, UUID)} with an import id. */
	static final String STORE_COLUMNS = "organisation_id, measure, category, annual, period, registration_level, value, "
			+ "made_up, import_id";

	private final CopyIn copy;

	private final UUID importId;

	private final StringBuilder buffer = new StringBuilder(1 << 17);

	/** @param importId null: rows of the temporary table, with their lines */
	CopyRows(CopyIn copy, UUID importId) {
		this.copy = copy;
		this.importId = importId;
	}

	void add(ImportRow r) {
		StringBuilder b = buffer;
		if (importId == null) {
			b.append(r.line()).append('\t');
		}
		b.append(r.organisationId()).append('\t').append(r.measure().name())
			.append('\t').append(r.category().name()).append('\t').append(r.annual() ? 't' : 'f').append('\t');
		LocalDate p = r.period();
		if (p.getYear() >= 1000) {
			b.append(p.getYear()).append(p.getMonthValue() < 10 ? "-0" : "-").append(p.getMonthValue()).append("-01");
		}
		else {
			b.append(p);
		}
		b.append('\t').append(r.level() == null ? "\\N" : r.level().name()).append('\t');
		double v = r.value();
		if (v == Math.rint(v) && v < 1e15) {
			b.append((long) v);
		}
		else {
			b.append(v);
		}
		b.append('\t').append(r.madeUp() ? 't' : 'f');
		if (importId != null) {
			b.append('\t').append(importId);
		}
		b.append('\n');
		if (b.length() > 60_000) {
			flush();
		}
	}

	private void flush() {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY: " + e.getMessage(), e);
		}
		buffer.setLength(0);
	}

	/** @return the rows copied */
	long end() throws SQLException {
		flush();
		return copy.endCopy();
	}

	void cancel() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}
}
