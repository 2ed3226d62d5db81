package se.fuel.assistance;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * The economic-assistance series: figures per organisation, month, measure and barrier category, what is computed
 * from them, and their import. Everyone signed in reads them (published statistics); officers import.
 */
public interface AssistanceSeries {

	/** The largest import file: a million monthly rows are about 60 MB. */
	long MAX_IMPORT_BYTES = 200L * 1024 * 1024;

	/** The audit trail's object type of an import. */
	String IMPORT_AUDIT_TYPE = "AssistanceImport";

	/** The limit as the messages name it. */
	String MAX_IMPORT_SIZE = "200 MB";

	/** The organisations one can choose, the whole city first. */
	List<OrganisationChoice> organisations();

	/** A series with its rolling averages, changes, breaks, shares and target tracking. */
	AssistanceSeriesView series(AssistanceQuery query);

	/**
	 * Starts an import in the background after checking the caller is an officer; the file is checked in full
	 * before anything is stored, and stored in one transaction or not at all. The content is saved to a file of the
	 * import's own (removed when it ends) before this returns, so an upload is never held in memory.
	 * @param size the upload's size as announced, or -1; more than {@link #MAX_IMPORT_BYTES} is refused
	 * @return the import's id, to follow with {@link #importStatus(UUID)}
	 */
	UUID startImport(String filename, AssistanceImportFormat format, DuplicatePolicy policy, InputStream content,
			long size);

	AssistanceImportView importStatus(UUID id);

	/** Total rows of a running import when known (for the progress bar), else 0. */
	long importTotalRows(UUID id);

	/** The latest imports, newest first (officers). */
	List<AssistanceImportView> recentImports();
}
