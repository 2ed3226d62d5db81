package se.fuel.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.ImportRejection;
import se.fuel.assistance.Swedish;
import se.fuel.audit.AuditTrail;
import se.fuel.common.Text;
import se.fuel.system.ColumnLengths;

/**
 * An import's record in {@code assistance_import}, what the import list and its page show, and its audit trail: begun
 * as running, then stored, refused with the rejected rows kept for the report, or failed.
 */
@Component
class ImportRecords {

	static final String AUDIT_TYPE = AssistanceSeries.IMPORT_AUDIT_TYPE;

	/** The rejections kept for the report; a file wrong on every line still reports its count. */
	static final int KEPT_REJECTIONS = ImportCheck.KEPT_REJECTIONS;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	private final ColumnLengths columns;

	private final Clock clock;

	ImportRecords(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit, ColumnLengths columns,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
		this.columns = columns;
		this.clock = clock;
	}

	/** Records a new import as running, in a transaction of its own so the list shows it at once. */
	UUID begin(String filename, AssistanceImportFormat format, DuplicatePolicy policy, String startedBy) {
		UUID id = UUID.randomUUID();
		String shown = shownFilename(filename);
		transaction.executeWithoutResult(s -> jdbc.sql("""
				insert into assistance_import (id, filename, format, duplicate_policy, status, started_by, started_at)
				values (?, ?, ?, ?, 'RUNNING', ?, ?)""")
			.params(id, shown, format.name(), policy.name(), startedBy, Timestamp.from(clock.instant()))
			.update());
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
	String status(UUID id) {
		return jdbc.sql("select status from assistance_import where id = ?").param(id).query(String.class).single();
	}

	/** Records every row as stored, within the transaction that stored them. */
	void stored(UUID id, DuplicatePolicy policy, long stored, long replaced, long skipped) {
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

	/** Records an import that stored nothing (REJECTED or FAILED) with the first rejected rows, after its rollback. */
	void finish(UUID id, String status, long processed, long rejectedRows, List<ImportRejection> rejections,
			String message) {
		transaction.executeWithoutResult(s -> {
			update(id, status, processed, 0, 0, 0, rejectedRows, message);
			List<ImportRejection> kept = rejections.stream()
				.sorted(Comparator.comparingLong(ImportRejection::line))
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
			.params(status, processed, stored, replaced, skipped, rejected, message, Timestamp.from(clock.instant()),
					id)
			.update();
	}
}
