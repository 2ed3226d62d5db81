package se.fuel.assistance.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.DuplicatePolicy;
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

	private static final Logger log = LoggerFactory.getLogger(AssistanceImporter.class);

	private final TransactionTemplate transaction;

	private final ImportRecords records;

	private final ImportStore store;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "assistance-import");
		t.setDaemon(true);
		return t;
	});

	private final Map<UUID, AtomicLong> progress = new ConcurrentHashMap<>();

	private final Map<UUID, Long> totals = new ConcurrentHashMap<>();

	AssistanceImporter(PlatformTransactionManager transactions, ImportRecords records, ImportStore store) {
		this.transaction = new TransactionTemplate(transactions);
		this.records = records;
		this.store = store;
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
		UUID id = records.begin(filename, format, policy, startedBy);
		progress.put(id, new AtomicLong());
		return id;
	}

	/** The status an import ended with (or RUNNING). */
	public String status(UUID id) {
		return records.status(id);
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

	private void run(UUID id, AssistanceImportFormat format, DuplicatePolicy policy, ImportFile source, Lookups lookups,
			long[] timing) {
		AtomicLong processed = progress.computeIfAbsent(id, k -> new AtomicLong());
		try {
			CsvAssistanceReader.Scan scan = format == AssistanceImportFormat.CSV ? source.scan() : null;
			totals.put(id, scan != null ? scan.lines() : source.lines());
			ImportStore.Refusal refusal = transaction.execute(status -> {
				ImportStore.Refusal r = store.checkAndStore(id, format, policy, source, scan, lookups, processed,
						timing);
				if (r != null) {
					status.setRollbackOnly();
				}
				return r;
			});
			if (refusal != null) {
				records.finish(id, "REJECTED", processed.get(), refusal.count(), refusal.rejections(), refusal.message());
			}
		}
		catch (RuntimeException e) {
			log.warn("Import {} failed", id, e);
			records.finish(id, "FAILED", processed.get(), 0, List.of(),
					Swedish.of(Text.of("assistance.import.failed", String.valueOf(e.getMessage()))));
		}
		finally {
			source.close();
			progress.remove(id);
			totals.remove(id);
		}
	}
}
