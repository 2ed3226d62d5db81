package se.fuel.assessment;

import java.util.List;
import java.util.UUID;

import se.fuel.audit.AuditPage;

/**
 * The fund officers' assessments; every method is for officers (and administrators) only, an applicant never sees an
 * assessment, not even of their own organisation's application.
 */
public interface Assessments {

	/** The assessment of a submitted application, empty if not yet started; 404 for an unknown application. */
	AssessmentView find(UUID applicationId);

	/**
	 * Records the answers and recommendation, checking every rule and throwing all violations at once.
	 * @param openedVersion the {@link AssessmentView#version()} the officer's copy was read at; another stored one
	 *     refuses the save with {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	AssessmentView record(UUID applicationId, AssessmentInput input, Long openedVersion);

	/**
	 * Changes the recommendation to a rejection with this reason category and motivation, keeping the criteria and
	 * areas as marked; every rule of {@link #record} applies, the reason agreeing with the marks among them.
	 * @param openedVersion as for {@link #record}
	 */
	AssessmentView reject(UUID applicationId, UUID reasonCategoryId, String motivation, Long openedVersion);

	/** The submitted applications of a call with their recommendation status. */
	List<AssessmentRow> list(UUID callId);

	AuditPage history(UUID applicationId);

	/** Every category, active ones first in their order. */
	List<ReasonCategoryView> reasonCategories();

	ReasonCategoryView addReasonCategory(String name);

	/** Renames, (de)activates and rephrases a category; a blank phrase goes back to the generated one. */
	ReasonCategoryView changeReasonCategory(UUID id, String name, boolean active, String documentPhrase);
}
