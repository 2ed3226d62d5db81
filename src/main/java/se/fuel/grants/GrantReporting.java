package se.fuel.grants;

import java.util.List;
import java.util.UUID;

/**
 * The report (redovisning) of a grant: the grant's organisation drafts and hands it in, an officer approves it with
 * the coordinator's comment or returns it for completion. Another organisation's grant answers 404; other roles 403.
 */
public interface GrantReporting {

	/** The report, or an empty draft if none is saved yet (officers, and applicants of the grant's organisation). */
	ReportView report(UUID grantId);

	/**
	 * Saves a draft; counts and amounts must not be negative (applicants of the grant's organisation).
	 * @param openedVersion the {@link ReportView#version()} the form or the API client read; a change on an older one
	 * is refused with {@link se.fuel.common.StaleVersionException} ({@code null}: no check); the same in the officer's
	 * approve and return, so that nobody decides on a report they have not seen
	 */
	ReportView save(UUID grantId, ReportInput input, Long openedVersion);

	/** Hands the saved report in: every text is required; the grant becomes Redovisning inlämnad. */
	ReportView submit(UUID grantId);

	/**
	 * Approves the handed-in report with the coordinator's comment (officers); the grant becomes Godkänd. Before the
	 * project period has begun it is refused, unless {@code overrideReason} says why it is approved anyway; the
	 * reason is kept in the audit trail with the approval.
	 */
	ReportView approve(UUID grantId, String comment, String overrideReason, Long openedVersion);

	/** Approves the handed-in report without an override (officers). */
	default ReportView approve(UUID grantId, String comment, Long openedVersion) {
		return approve(grantId, comment, null, openedVersion);
	}

	/** Returns the handed-in report for completion with a required message (officers). */
	ReportView returnForCompletion(UUID grantId, String message, Long openedVersion);

	/** The outcome categories, in order. */
	List<OutcomeCategory> categories();

	/** Adds an outcome category at the end (officers). */
	List<OutcomeCategory> addCategory(String label);
}
