package se.fuel.statistics.assistance.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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
import se.fuel.statistics.AssistanceImportFormat;
import se.fuel.statistics.DuplicatePolicy;
import se.fuel.statistics.ImportRejection;

/**
 * Runs imports of economic-assistance figures in the background: reads and checks the whole file first, then either
 * records every rejected row and stores nothing, or stores every row in one transaction (PostgreSQL COPY into a
 * temporary table, then one insert), so a million rows take seconds and a failure leaves nothing half-imported.
 * Rows already stored are replaced or refuse the file, as the officer chose.
 */
@Component
public class AssistanceImporter {

	public static final String AUDIT_TYPE = "AssistanceImport";

	/** The rejections kept for the report; a file wrong on every line still reports its count. */
	static final int KEPT_REJECTIONS = 10_000;

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

	AssistanceImporter(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			AuditTrail audit, JsonMapper json) {
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

	/** Records the import as running and starts it; the caller has checked the role. */
	public UUID start(String filename, AssistanceImportFormat format, DuplicatePolicy policy, byte[] content,
			String startedBy, Lookups lookups) {
		UUID id = begin(filename, format, policy, content, startedBy);
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, format, policy, content, lookups)));
		return id;
	}

	/** Imports in the calling thread, to its end (the demo data, the benchmark). */
	public UUID importNow(String filename, AssistanceImportFormat format, DuplicatePolicy policy, byte[] content,
			String startedBy, Lookups lookups) {
		UUID id = begin(filename, format, policy, content, startedBy);
		run(id, format, policy, content, lookups);
		return id;
	}

	/** How long an import's phases took (the benchmark reports them separately). */
	public record Phases(long readAndCheckNanos, long copyNanos, long conflictNanos, long insertNanos,
			long totalNanos) {
	}

	/** Imports a file in the calling thread, to its end, and tells how long each phase took. */
	public UUID importNow(String filename, AssistanceImportFormat format, DuplicatePolicy policy, java.nio.file.Path file,
			String startedBy, Lookups lookups, java.util.function.Consumer<Phases> phases) throws IOException {
		long start = System.nanoTime();
		byte[] content = java.nio.file.Files.readAllBytes(file);
		UUID id = begin(filename, format, policy, content, startedBy);
		timing.set(new long[5]);
		timing.get()[0] = start;
		try {
			run(id, format, policy, content, lookups);
			long[] t = timing.get();
			phases.accept(new Phases(t[1], t[2], t[3], t[4], System.nanoTime() - start));
		}
		finally {
			timing.remove();
		}
		return id;
	}

	private final ThreadLocal<long[]> timing = new ThreadLocal<>();

	private void mark(int phase) {
		long[] t = timing.get();
		if (t != null) {
			long now = System.nanoTime();
			t[phase] = now - t[0];
			t[0] = now;
		}
	}

	private UUID begin(String filename, AssistanceImportFormat format, DuplicatePolicy policy, byte[] content,
			String startedBy) {
		UUID id = UUID.randomUUID();
		transaction.executeWithoutResult(s -> jdbc.sql("""
				insert into assistance_import (id, filename, format, duplicate_policy, status, started_by, started_at)
				values (?, ?, ?, ?, 'RUNNING', ?, ?)""")
			.params(id, filename, format.name(), policy.name(), startedBy, java.sql.Timestamp.from(Instant.now()))
			.update());
		progress.put(id, new AtomicLong());
		totals.put(id, lines(content));
		return id;
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

	public long total(UUID id) {
		return totals.getOrDefault(id, 0L);
	}

	private void run(UUID id, AssistanceImportFormat format, DuplicatePolicy policy, byte[] content, Lookups lookups) {
		AtomicLong processed = progress.computeIfAbsent(id, k -> new AtomicLong());
		try {
			ImportCheck check = new ImportCheck(lookups.organisations(), processed);
			if (format == AssistanceImportFormat.CSV) {
				CsvAssistanceReader.read(new ByteArrayInputStream(content), check);
			}
			else {
				KoladaJsonReader.read(new ByteArrayInputStream(content), json, lookups.kpis(), check);
			}
			mark(1);
			if (!check.rejections().isEmpty()) {
				finish(id, "REJECTED", processed.get(), 0, 0, check.skipped(), check.rejections(),
						"Filen innehåller fel. Ingenting importerades.");
				return;
			}
			if (check.rows().isEmpty()) {
				finish(id, "REJECTED", processed.get(), 0, 0, check.skipped(),
						List.of(new ImportRejection(1, "Filen innehåller inga rader att importera.")),
						"Filen innehåller inga rader. Ingenting importerades.");
				return;
			}
			Stored stored = store(id, policy, check.rows(), check.skipped());
			if (!stored.conflicts().isEmpty()) {
				finish(id, "REJECTED", processed.get(), 0, 0, check.skipped(), stored.conflicts(),
						"Filen innehåller rader som redan finns och du valde att inte ersätta dem. Ingenting importerades.");
			}
		}
		catch (RuntimeException | IOException e) {
			log.warn("Import {} failed", id, e);
			finish(id, "FAILED", processed.get(), 0, 0, 0, List.of(),
					"Importen misslyckades och ingenting importerades: " + e.getMessage());
		}
		finally {
			progress.remove(id);
			totals.remove(id);
		}
	}

	private record Stored(long rows, long replaced, List<ImportRejection> conflicts) {
	}

	private Stored store(UUID id, DuplicatePolicy policy, List<ImportRow> rows, long skipped) {
		return transaction.execute(status -> {
			jdbc.sql("""
					create temporary table assistance_import_rows (line bigint, organisation_id uuid, measure varchar(40),
					category varchar(40), annual boolean, period date, registration_level varchar(20),
					value numeric(18,4), made_up boolean) on commit drop""").update();
			copy(rows);
			mark(2);
			List<ImportRejection> conflicts = jdbc.sql("""
					select r.line, v.value from assistance_import_rows r join assistance_value v
					using (organisation_id, measure, category, annual, period) order by r.line""")
				.query((rs, n) -> new ImportRejection(rs.getLong(1),
						"Raden finns redan (lagrat värde " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()
								+ "). Välj \"Ersätt\" för att skriva över lagrade värden."))
				.list();
			mark(3);
			if (policy == DuplicatePolicy.REFUSE && !conflicts.isEmpty()) {
				status.setRollbackOnly();
				return new Stored(0, 0, conflicts);
			}
			int stored = jdbc.sql("""
					insert into assistance_value (organisation_id, measure, category, annual, period, registration_level,
					value, made_up, import_id)
					select organisation_id, measure, category, annual, period, registration_level, value, made_up, :id
					from assistance_import_rows
					on conflict (organisation_id, measure, category, annual, period) do update
					set value = excluded.value, registration_level = excluded.registration_level,
					made_up = excluded.made_up, import_id = excluded.import_id""")
				.param("id", id)
				.update();
			mark(4);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("rows", stored);
			after.put("replaced", conflicts.size());
			after.put("skipped", skipped);
			after.put("policy", policy.name());
			audit.record(AUDIT_TYPE, id, "stored", null, after);
			update(id, "STORED", rows.size() + skipped, stored - conflicts.size(), conflicts.size(), skipped, 0,
					"Alla " + stored + " rader importerades" + (conflicts.isEmpty() ? "." : ", varav " + conflicts.size()
							+ " ersatte lagrade värden."));
			return new Stored(stored, conflicts.size(), List.of());
		});
	}

	/** COPY is PostgreSQL's bulk load: far faster than inserts, on the transaction's own connection. */
	private void copy(List<ImportRow> rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy assistance_import_rows (line, organisation_id, measure, category, annual, period,
					registration_level, value, made_up) from stdin""");
			try {
				StringBuilder buffer = new StringBuilder(1 << 16);
				for (ImportRow r : rows) {
					buffer.append(r.line()).append('\t').append(r.organisationId()).append('\t')
						.append(r.measure().name()).append('\t').append(r.category().name()).append('\t')
						.append(r.annual() ? 't' : 'f').append('\t').append(r.period()).append('\t')
						.append(r.level() == null ? "\\N" : r.level().name()).append('\t')
						.append(java.math.BigDecimal.valueOf(r.value()).toPlainString()).append('\t')
						.append(r.madeUp() ? 't' : 'f').append('\n');
					if (buffer.length() > 60_000) {
						write(copy, buffer);
					}
				}
				write(copy, buffer);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private void finish(UUID id, String status, long processed, long stored, long replaced, long skipped,
			List<ImportRejection> rejections, String message) {
		transaction.executeWithoutResult(s -> {
			update(id, status, processed, stored, replaced, skipped, rejections.size(), message);
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
					Map.of("rejectedRows", rejections.size(), "message", message));
		});
	}

	private void update(UUID id, String status, long processed, long stored, long replaced, long skipped,
			long rejected, String message) {
		jdbc.sql("""
				update assistance_import set status = ?, processed_rows = ?, stored_rows = ?, replaced_rows = ?,
				skipped_rows = ?, rejected_rows = ?, message = ?, finished_at = ?, version = version + 1 where id = ?""")
			.params(status, processed, stored, replaced, skipped, rejected, message,
					java.sql.Timestamp.from(Instant.now()), id)
			.update();
	}

	/** Lines in the file, for the progress bar: every line but the header is about one row. */
	static long lines(byte[] content) {
		long n = 0;
		for (byte b : content) {
			if (b == '\n') {
				n++;
			}
		}
		return Math.max(1, n);
	}
}
