package se.fuel.applications.eligibility;

import se.fuel.calls.ApplicationSection;
import se.fuel.common.Text;

/**
 * The field names the eligibility rules name, as used in forms, JSON and {@link se.fuel.common.Violation#field()},
 * and their labels, a text in the bundle ({@code applications.label.*}; sections take theirs from
 * {@link SectionLabels}).
 */
public final class FieldLabels {

	public static final String CALL = "call";

	public static final String ORGANISATION = "organisation";

	public static final String REQUESTED_AMOUNT = "requestedAmount";

	public static final String BUDGET_LINES = "budgetLines";

	public static final String START_DATE = "startDate";

	public static final String END_DATE = "endDate";

	public static final String DECLARED_NOT_COURSE_OR_CONFERENCE = "declaredNotCourseOrConference";

	private FieldLabels() {
	}

	/** The label of a field name, a section's name included. */
	public static Text label(String field) {
		for (ApplicationSection section : ApplicationSection.values()) {
			if (section.name().equals(field)) {
				return SectionLabels.of(section);
			}
		}
		return Text.of("applications.label." + field);
	}
}
