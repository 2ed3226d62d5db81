package se.fuel.organisations;

import java.time.LocalDate;

/**
 * An organisation as the register lists it: with the names of its parent and successor, the day its successor took
 * over, and whether it still exists.
 */
public record OrganisationRow(OrganisationSummary organisation, String parentName, String successorName,
		LocalDate successionDate, Status status) {

	/** Whether the organisation exists today; shown as a word, not only a colour. */
	public enum Status {
		ACTIVE, ENDED, UPCOMING
	}

	/** Whether the organisation exists on the day. */
	public static Status statusOn(OrganisationSummary o, LocalDate today) {
		if (o.validTo() != null && o.validTo().isBefore(today)) {
			return Status.ENDED;
		}
		if (o.validFrom() != null && o.validFrom().isAfter(today)) {
			return Status.UPCOMING;
		}
		return Status.ACTIVE;
	}
}
