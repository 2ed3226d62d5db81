package se.fuel.applications;

/** Where an application stands in its life from draft to submission. */
public enum ApplicationStatus {
	/** Being written by the applicant; saved whatever its content. */
	DRAFT,
	/** Sent in, with a registration number; read-only for the applicant. */
	SUBMITTED,
	/** Sent back by a fund officer for completion, with a message; the applicant edits and submits again. */
	RETURNED,
	/** Withdrawn by the applicant before submission. */
	WITHDRAWN;

	/** Whether the applicant may still change the application. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}
}
