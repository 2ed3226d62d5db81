package se.fuel.assistance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.ImportRejection;
import se.fuel.assistance.Swedish;
import se.fuel.assistance.internal.AssistanceImporter.Lookups;
import se.fuel.common.Text;

/**
 * The bulk load of one import, inside the transaction the importer opens: reads and checks the whole file while the
 * checked rows stream into PostgreSQL with COPY, then stores them all, replacing or refusing rows already stored as
 * the officer chose; or answers why nothing may be stored, and the importer rolls back.
 */
@Component
class ImportStore {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final ImportRecords records;

	ImportStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json, ImportRecords records) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.records = records;
	}

	/** Why nothing was stored: the rows to list and how many there are in all. */
	record Refusal(List<ImportRejection> rejections, long count, String message) {
	}

	/**
	 * Reads and checks the file while its accepted rows stream into PostgreSQL with COPY (its bulk load, on the
	 * transaction's own connection): straight into assistance_value when a first look at the file showed that none of
	 * its rows can be stored already, else into a temporary table, stored from there with one insert. Either way it
	 * is one transaction, and a rejected row or a refusal rolls it back, so nothing is stored unless every row is.
	 * @return why nothing was stored, or null when every row was
	 */
	Refusal checkAndStore(UUID id, AssistanceImportFormat format, DuplicatePolicy policy, ImportFile source,
			CsvAssistanceReader.Scan scan, Lookups lookups, AtomicLong processed, long[] timing) {
		boolean direct = scan != null && !conflictPossible(scan, lookups);
		if (!direct) {
			jdbc.sql("""
					create temporary table assistance_import_rows (line bigint, organisation_id uuid, measure varchar(40),
					category varchar(40), annual boolean, period date, registration_level varchar(20),
					value numeric(18,4), made_up boolean) on commit drop""").update();
		}
		ImportCheck check;
		long copied;
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyRows copy = new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(direct
					? "copy assistance_value (" + CopyRows.STORE_COLUMNS + ") from stdin"
					: """
							copy assistance_import_rows (line, organisation_id, measure, category, annual, period,
							registration_level, value, made_up) from stdin"""), direct ? id : null);
			try {
				ImportCheck[] holder = new ImportCheck[1];
				// Once a row is rejected nothing will be stored: the rest is only checked, for the report.
				check = new ImportCheck(lookups.organisations(), processed, row -> {
					if (holder[0].rejectedRows() == 0) {
						copy.add(row);
					}
				});
				holder[0] = check;
				try (InputStream in = source.open()) {
					if (format == AssistanceImportFormat.CSV) {
						CsvAssistanceReader.read(in, check);
					}
					else {
						KoladaJsonReader.read(in, json, lookups.kpis(), check);
					}
				}
				mark(timing, 1);
				if (check.rejectedRows() > 0 || check.acceptedRows() == 0) {
					copy.cancel();
					return check.rejectedRows() > 0
							? new Refusal(check.rejections(), check.rejectedRows(),
									Swedish.of(Text.of("assistance.import.refused.errors")))
							: new Refusal(List.of(new ImportRejection(1, Swedish.of(Text.of("assistance.import.noRows")))),
									1, Swedish.of(Text.of("assistance.import.refused.empty")));
				}
				copied = copy.end();
				mark(timing, 2);
			}
			finally {
				copy.cancel();
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		if (direct) {
			mark(timing, 3);
			mark(timing, 4);
			records.stored(id, policy, copied, 0, check.skipped());
			return null;
		}
		return store(id, policy, check, timing);
	}

	/** Whether any row the scanned file names could be stored already: some figure of its organisations and periods. */
	private boolean conflictPossible(CsvAssistanceReader.Scan scan, Lookups lookups) {
		Set<UUID> organisations = new HashSet<>();
		for (String name : scan.organisations()) {
			if (!name.isBlank()) {
				lookups.organisations().apply(name.trim()).ifPresent(organisations::add);
			}
		}
		if (organisations.isEmpty() || scan.firstPeriod() < 0) {
			return false;
		}
		return conflictPossible(organisations, LocalDate.of(scan.firstPeriod() / 16, 1, 1),
				LocalDate.of(scan.lastPeriod() / 16, 12, 1));
	}

	private boolean conflictPossible(Set<UUID> organisations, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select exists (select 1 from assistance_value where organisation_id = any(cast(? as uuid[]))
				and period between ? and ?)""")
			.params(organisations.stream().map(UUID::toString).toArray(String[]::new), first, last)
			.query(Boolean.class)
			.single();
	}

	private Refusal store(UUID id, DuplicatePolicy policy, ImportCheck check, long[] timing) {
		// Most imports bring periods not stored yet: then no row can conflict and the join below is not needed.
		boolean conflictPossible = conflictPossible(check.organisationIds(), check.firstPeriod(), check.lastPeriod());
		if (conflictPossible && policy == DuplicatePolicy.REFUSE) {
			long conflicts = jdbc.sql("""
					select count(*) from assistance_import_rows r join assistance_value v
					using (organisation_id, measure, category, annual, period)""").query(Long.class).single();
			if (conflicts > 0) {
				List<ImportRejection> listed = jdbc.sql("""
						select r.line, v.value from assistance_import_rows r join assistance_value v
						using (organisation_id, measure, category, annual, period) order by r.line limit ?""")
					.param(ImportCheck.KEPT_REJECTIONS)
					.query((rs, n) -> new ImportRejection(rs.getLong(1), Swedish.of(Text.of("assistance.import.exists",
							rs.getBigDecimal(2).stripTrailingZeros().toPlainString()))))
					.list();
				mark(timing, 3);
				return new Refusal(listed, conflicts, Swedish.of(Text.of("assistance.import.refused.exists")));
			}
		}
		long replaced = 0;
		if (conflictPossible) {
			// Replacing: the stored rows the file replaces go first (which counts them), then the same plain insert as
			// always. An upsert was no faster and needed the replaced rows counted by a join of their own.
			replaced = jdbc.sql("""
					with removed as (delete from assistance_value v using assistance_import_rows r
					where v.organisation_id = r.organisation_id and v.measure = r.measure and v.category = r.category
					and v.annual = r.annual and v.period = r.period returning 1)
					select count(*) from removed""").query(Long.class).single();
		}
		mark(timing, 3);
		long stored = jdbc.sql("""
				insert into assistance_value (organisation_id, measure, category, annual, period, registration_level,
				value, made_up, import_id)
				select organisation_id, measure, category, annual, period, registration_level, value, made_up, ?
				from assistance_import_rows""").param(id).update();
		mark(timing, 4);
		records.stored(id, policy, stored, replaced, check.skipped());
		return null;
	}

	/** Ends a phase of {@code timing} (the benchmark's), when it is timed. */
	private static void mark(long[] timing, int phase) {
		if (timing != null) {
			long now = System.nanoTime();
			timing[phase] = now - timing[0];
			timing[0] = now;
		}
	}
}
