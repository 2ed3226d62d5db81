package se.fuel.statistics;

import java.util.List;
import java.util.UUID;

/**
 * The economic-assistance series: figures per organisation, month, measure and barrier category, what is computed
 * from them, and their import. Everyone signed in reads them (published statistics); officers import.
 */
public interface AssistanceSeries {

	/** The organisations one can choose, the whole city first. */
	List<OrganisationChoice> organisations();

	/** A series with its rolling averages, changes, breaks, shares and target tracking. */
	AssistanceSeriesView series(AssistanceQuery query);

	/**
	 * Starts an import in the background after checking the caller is an officer; the file is checked in full
	 * before anything is stored, and stored in one transaction or not at all.
	 * @return the import's id, to follow with {@link #importStatus(UUID)}
	 */
	UUID startImport(String filename, AssistanceImportFormat format, DuplicatePolicy policy, byte[] content);

	AssistanceImportView importStatus(UUID id);

	/** Total rows of a running import when known (for the progress bar), else 0. */
	long importTotalRows(UUID id);

	/** The latest imports, newest first (officers). */
	List<AssistanceImportView> recentImports();
}
