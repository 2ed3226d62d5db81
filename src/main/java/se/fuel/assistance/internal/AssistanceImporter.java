package se.fuel.assistance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import se.fuel.audit.AuditTrail;
import se.fuel.system.ColumnLengths;
import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.ImportRejection;
import se.fuel.assistance.Swedish;
import se.fuel.common.Text;

/**
 * Runs imports of economic-assistance figures in the background: reads and checks the whole file first, then either
 * records every rejected row and stores nothing, or stores every row in one transaction (the checked rows stream
 * into a temporary table with PostgreSQL's COPY while the file is read, then one insert), so a million rows take
 * seconds and a failure leaves nothing half-imported.
 * Rows already stored are replaced or refuse the file, as the officer chose.
 */
@Component
public class AssistanceImporter {

	public static final String AUDIT_TYPE = AssistanceSeries.IMPORT_AUDIT_TYPE;

	/** The rejections kept for the report; a file wrong on every line still reports its count. */
	static final int KEPT_REJECTIONS = ImportCheck.KEPT_REJECTIONS;

	private static final Logger log = LoggerFactory.getLogger(AssistanceImporter.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "assistance-import");
		t.setDaemon(true);
		return t;
	});

	private final Map<UUID, AtomicLong> progress = new ConcurrentHashMap<>();

	private final Map<UUID, Long> totals = new ConcurrentHashMap<>();

	private final ColumnLengths columns;

	private final Clock clock;

	AssistanceImporter(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			AuditTrail audit, JsonMapper json, ColumnLengths columns, Clock clock) {
		this.columns = columns;
		this.clock = clock;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
		this.json = json;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** What the import resolves names with: organisations by code or name, Kolada KPIs by id. */
	public record Lookups(Function<String, Optional<UUID>> organisations, Function<String, Optional<String>> kpis) {
	}

	/** How long an import's phases took (the benchmark reports them separately). */
	public record Phases(long readAndCheckNanos, long copyNanos, long conflictNanos, long insertNanos,
			long totalNanos) {
	}

	/**
	 * Records the import as running and starts it on an uploaded file, which the import removes when it ends; the
	 * caller has checked the role.
	 */
	public UUID start(String filename, AssistanceImportFormat format, DuplicatePolicy policy, Path upload,
			String startedBy, Lookups lookups) {
		ImportFile source = ImportFile.of(upload, true);
		UUID id;
		try {
			id = begin(filename, format, policy, startedBy);
		}
		catch (RuntimeException e) {
			source.close();
			throw e;
		}
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, format, policy, source, lookups, null)));
		return id;
	}

	/** Imports in the calling thread, to its end (the demo data). */
	public UUID importNow(String filename, AssistanceImportFormat format, DuplicatePolicy policy, byte[] content,
			String startedBy, Lookups lookups) {
		UUID id = begin(filename, format, policy, startedBy);
		run(id, format, policy, ImportFile.of(content), lookups, null);
		return id;
	}

	/** Imports a file in the calling thread, to its end, leaving the file; tells how long each phase took. */
	public UUID importNow(String filename, AssistanceImportFormat format, DuplicatePolicy policy, Path file,
			String startedBy, Lookups lookups, Consumer<Phases> phases) {
		long start = System.nanoTime();
		UUID id = begin(filename, format, policy, startedBy);
		long[] timing = new long[5];
		timing[0] = System.nanoTime();
		run(id, format, policy, ImportFile.of(file, false), lookups, timing);
		phases.accept(new Phases(timing[1], timing[2], timing[3], timing[4], System.nanoTime() - start));
		return id;
	}

	private UUID begin(String filename, AssistanceImportFormat format, DuplicatePolicy policy, String startedBy) {
		UUID id = UUID.randomUUID();
		String shown = shownFilename(filename);
		transaction.executeWithoutResult(s -> jdbc.sql("""
				insert into assistance_import (id, filename, format, duplicate_policy, status, started_by, started_at)
				values (?, ?, ?, ?, 'RUNNING', ?, ?)""")
			.params(id, shown, format.name(), policy.name(), startedBy, java.sql.Timestamp.from(clock.instant()))
			.update());
		progress.put(id, new AtomicLong());
		return id;
	}

	/**
	 * The uploaded file's name as the import list shows it: the browser or client chose it, so control characters are
	 * dropped and a name longer than the column is cut, rather than the whole import failing on its label.
	 */
	private String shownFilename(String filename) {
		String plain = filename == null ? "" : filename.replaceAll("[\\p{Cntrl}]", "");
		Integer max = columns.limit("assistance_import", "filename");
		return max != null && plain.length() > max ? plain.substring(0, max) : plain;
	}

	/** The status an import ended with (or RUNNING). */
	public String status(UUID id) {
		return jdbc.sql("select status from assistance_import where id = ?").param(id).query(String.class).single();
	}

	/** Rows checked so far by a running import, or null when it is not running here. */
	public Long processed(UUID id) {
		AtomicLong p = progress.get(id);
		return p == null ? null : p.get();
	}

	/** Rows of a running import once counted (for the progress bar), else 0. */
	public long total(UUID id) {
		return totals.getOrDefault(id, 0L);
	}

	/** Why nothing was stored: the rows to list and how many there are in all. */
	private record Refusal(List<ImportRejection> rejections, long count, String message) {
	}

	private void run(UUID id, AssistanceImportFormat format, DuplicatePolicy policy, ImportFile source, Lookups lookups,
			long[] timing) {
		AtomicLong processed = progress.computeIfAbsent(id, k -> new AtomicLong());
		try {
			CsvAssistanceReader.Scan scan = format == AssistanceImportFormat.CSV ? source.scan() : null;
			totals.put(id, scan != null ? scan.lines() : source.lines());
			Refusal refusal = transaction.execute(status -> {
				Refusal r = checkAndStore(id, format, policy, source, scan, lookups, processed, timing);
				if (r != null) {
					status.setRollbackOnly();
				}
				return r;
			});
			if (refusal != null) {
				finish(id, "REJECTED", processed.get(), refusal.count(), refusal.rejections(), refusal.message());
			}
		}
		catch (RuntimeException e) {
			log.warn("Import {} failed", id, e);
			finish(id, "FAILED", processed.get(), 0, List.of(),
					Swedish.of(Text.of("assistance.import.failed", String.valueOf(e.getMessage()))));
		}
		finally {
			source.close();
			progress.remove(id);
			totals.remove(id);
		}
	}

	/**
	 * Reads and checks the file while its accepted rows stream into PostgreSQL with COPY (its bulk load, on the
	 * transaction's own connection): straight into assistance_value when a first look at the file showed that none of
	 * its rows can be stored already, else into a temporary table, stored from there with one insert. Either way it
	 * is one transaction, and a rejected row or a refusal rolls it back, so nothing is stored unless every row is.
	 * @return why nothing was stored, or null when every row was
	 */
	private Refusal checkAndStore(UUID id, AssistanceImportFormat format, DuplicatePolicy policy, ImportFile source,
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
			stored(id, policy, copied, 0, check.skipped());
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
		stored(id, policy, stored, replaced, check.skipped());
		return null;
	}

	private void stored(UUID id, DuplicatePolicy policy, long stored, long replaced, long skipped) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("rows", stored);
		after.put("replaced", replaced);
		after.put("skipped", skipped);
		after.put("policy", policy.name());
		audit.record(AUDIT_TYPE, id, "stored", null, after);
		update(id, "STORED", stored + skipped, stored - replaced, replaced, skipped, 0,
				Swedish.of(replaced == 0 ? Text.of("assistance.import.stored", Long.toString(stored))
						: Text.of("assistance.import.storedReplacing", Long.toString(stored), Long.toString(replaced))));
	}

	private static void mark(long[] timing, int phase) {
		if (timing != null) {
			long now = System.nanoTime();
			timing[phase] = now - timing[0];
			timing[0] = now;
		}
	}

	private void finish(UUID id, String status, long processed, long rejectedRows, List<ImportRejection> rejections,
			String message) {
		transaction.executeWithoutResult(s -> {
			update(id, status, processed, 0, 0, 0, rejectedRows, message);
			List<ImportRejection> kept = rejections.stream()
				.sorted(java.util.Comparator.comparingLong(ImportRejection::line))
				.limit(KEPT_REJECTIONS)
				.toList();
			for (ImportRejection r : kept) {
				jdbc.sql("insert into assistance_import_rejection (import_id, line, reason) values (?, ?, ?)")
					.params(id, r.line(), r.reason().length() > 1000 ? r.reason().substring(0, 1000) : r.reason())
					.update();
			}
			audit.record(AUDIT_TYPE, id, "REJECTED".equals(status) ? "rejected" : "failed", null,
					Map.of("rejectedRows", rejectedRows, "message", message));
		});
	}

	private void update(UUID id, String status, long processed, long stored, long replaced, long skipped,
			long rejected, String message) {
		jdbc.sql("""
				update assistance_import set status = ?, processed_rows = ?, stored_rows = ?, replaced_rows = ?,
				skipped_rows = ?, rejected_rows = ?, message = ?, finished_at = ?, version = version + 1 where id = ?""")
			.params(status, processed, stored, replaced, skipped, rejected, message,
					java.sql.Timestamp.from(clock.instant()), id)
			.update();
	}
}
