package se.fuel.decisions;

import java.util.List;

/**
 * The officers' allocation workbench for a year (LUM and MUL together). Officers and administrators only.
 */
public interface Allocations {

	/** Years that have calls, newest first. */
	List<Integer> years();

	/** The live allocation of the year with totals, counts and what stands in the way of finalising. */
	AllocationView allocation(int year);

	/**
	 * Changes the proposed amount of an assessed, not rejected application (1 to the requested amount; to reject,
	 * change the assessment). A change after finalising supersedes the current document version and voids its
	 * attestations; refused once the committee has decided.
	 */
	AllocationView changeAmount(int year, java.util.UUID applicationId, long amount, Long openedVersion);

	/** Goes back to the assessment's recommended amount. Same rules as a change. */
	AllocationView resetAmount(int year, java.util.UUID applicationId, Long openedVersion);

	/**
	 * Recommends rejecting one of the year's applications with a reason category and a motivation, from the workbench:
	 * the assessment changes (its criteria and areas stay as marked, and the reason must agree with them), and with it
	 * the line. Refused once the committee has decided; after finalising it supersedes the document version like a
	 * change of amount.
	 * @param openedAssessmentVersion the assessment's {@code version} the caller read; another refuses the rejection
	 *     with {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	AllocationView reject(int year, java.util.UUID applicationId, java.util.UUID reasonCategoryId, String motivation,
			Long openedAssessmentVersion);

	RoundTexts texts(int year);

	/** {@link #texts(int)} with the version read, for a form or client that will save them. */
	VersionedTexts versionedTexts(int year);

	/**
	 * Changes the document's texts; like an amount, a change after finalising makes a new version necessary.
	 * @param openedVersion the {@link VersionedTexts#version()} the caller read; another refuses the save with
	 *     {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	VersionedTexts changeTexts(int year, RoundTexts texts, Long openedVersion);

	/**
	 * Freezes the allocation into a new document version. Refused with violations that name the budget or the
	 * organisation while any total exceeds a budget, any organisation exceeds its cap, or an application is not
	 * assessed.
	 */
	DocumentView finalise(int year);
}
