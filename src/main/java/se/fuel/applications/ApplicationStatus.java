package se.fuel.applications;

/** Where an application stands in its life, from draft through submission to the committee's decision. */
public enum ApplicationStatus {
	/** Being written by the applicant; saved whatever its content. */
	DRAFT,
	/** Sent in, with a registration number; read-only for the applicant. */
	SUBMITTED,
	/** Sent back by a fund officer for completion, with a message; the applicant edits and submits again. */
	RETURNED,
	/** Withdrawn by the applicant before submission. */
	WITHDRAWN,
	/** The committee granted the amount applied for. */
	GRANTED,
	/** The committee granted less than applied for. */
	PARTIALLY_GRANTED,
	/** The committee rejected it. */
	REJECTED;

	/** Whether the applicant may still change the application. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether the committee has decided it. */
	public boolean decided() {
		return this == GRANTED || this == PARTIALLY_GRANTED || this == REJECTED;
	}

	/** Whether it is with the fund (sent in and not returned for completion): submitted, or decided since. */
	public boolean withTheFund() {
		return this == SUBMITTED || decided();
	}
}
