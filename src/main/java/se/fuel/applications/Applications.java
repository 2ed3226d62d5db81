package se.fuel.applications;

import java.util.List;
import java.util.UUID;

import se.fuel.audit.AuditPage;
import se.fuel.calls.CallView;
import se.fuel.organisations.OrganisationSummary;

/**
 * Drafting, submitting, returning and withdrawing applications, for the pages and the API. Every method checks the
 * caller's role and organisation itself; an application the caller may not see is "not found".
 */
public interface Applications {

	/** The call an applicant starts a new application to: published, whatever its window (submission checks it). */
	CallView callToApplyTo(UUID callId);

	/** Organisations that can be partners in a joint project: active today, the caller's own excluded. */
	List<OrganisationSummary> partnerChoices();

	ApplicationDetails create(UUID callId, ApplicationContent content);

	/**
	 * Saves a draft.
	 * @param openedVersion the version the caller's copy was read at; a different stored version refuses the save
	 *     ({@code null}: no check, for clients that send none)
	 */
	ApplicationDetails update(UUID id, ApplicationContent content, Long openedVersion);

	/**
	 * Submits after checking every eligibility rule; with any blocking finding nothing changes and all of them are
	 * thrown at once. Advisory findings are kept on the application for the receipt and the officers.
	 */
	ApplicationDetails submit(UUID id);

	ApplicationDetails withdraw(UUID id);

	/** An officer sends a submitted application back to the applicant, saying what to complete. */
	ApplicationDetails returnForCompletion(UUID id, String message);

	ApplicationDetails find(UUID id);

	AuditPage history(UUID id);

	/** What the caller may see: applicants their organisation's (lead or partner), officers all, filtered. */
	List<ApplicationSummary> list(UUID callId, UUID organisationId, ApplicationStatus status);
}
