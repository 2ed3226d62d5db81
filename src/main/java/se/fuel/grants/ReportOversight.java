package se.fuel.grants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The officer's follow-up of a grant beside approving or returning its report: moving the report due date (reminders
 * and the eligibility rule follow the new date) and writing the coordinator's comment (samordnarens kommentar), also
 * when no report came in. Officers only (403); a grant that does not exist answers 404.
 */
public interface ReportOversight {

	/** Moves the report due date with a required reason; refused once the report is approved. */
	/**
	 * Moves the report due date, with the reason (officers).
	 * @param openedVersion the {@link GrantView#version()} the form or the API client read; a change on an older one is
	 * refused with {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	GrantView changeReportDueDate(UUID grantId, LocalDate to, String reason, Long openedVersion);

	/** Why the report due date was moved, or null when it is the call's (officers, and the grant's organisation). */
	String reportDueDateReason(UUID grantId);

	/** Writes (or with a blank text removes) the coordinator's comment, whatever the report's status. */
	ReportView writeCoordinatorComment(UUID grantId, String comment, Long openedVersion);
}
