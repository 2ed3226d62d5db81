package se.fuel.assistance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import of economic-assistance figures and how far it has come.
 *
 * @param status RUNNING, STORED (every row stored), REJECTED (nothing stored: see rejections) or FAILED
 * @param processedRows rows read and checked so far
 * @param rejections every rejected row (the first 10 000), empty unless REJECTED
 */
public record AssistanceImportView(UUID id, String filename, AssistanceImportFormat format, DuplicatePolicy policy,
		String status, long processedRows, long storedRows, long replacedRows, long skippedRows, long rejectedRows,
		String message, List<ImportRejection> rejections, String startedBy, Instant startedAt, Instant finishedAt) {

	public boolean running() {
		return "RUNNING".equals(status);
	}

	/** Progress in whole percent for the progress bar; an import that has not counted its rows yet is at 0. */
	public int percent(long totalRows) {
		return totalRows <= 0 ? 0 : (int) Math.min(100, processedRows * 100 / totalRows);
	}
}
