package se.fuel.applications.eligibility;

import java.util.Map;

import se.fuel.calls.ApplicationSection;

/**
 * The Swedish label of every application field the eligibility policies name, keyed by the field name used in forms,
 * JSON and {@link se.fuel.common.Violation#field()}. Text sections take their labels from {@link SectionLabels}.
 */
public final class FieldLabels {

	public static final String CALL = "call";

	public static final String ORGANISATION = "organisation";

	public static final String REQUESTED_AMOUNT = "requestedAmount";

	public static final String BUDGET_LINES = "budgetLines";

	public static final String START_DATE = "startDate";

	public static final String END_DATE = "endDate";

	public static final String DECLARED_NOT_COURSE_OR_CONFERENCE = "declaredNotCourseOrConference";

	private static final Map<String, String> LABELS = Map.of(
			CALL, "Utlysning",
			ORGANISATION, "Sökande förvaltning",
			REQUESTED_AMOUNT, "Sökt belopp",
			BUDGET_LINES, "Budget",
			START_DATE, "Startdatum",
			END_DATE, "Slutdatum",
			DECLARED_NOT_COURSE_OR_CONFERENCE, "Intygande om att studiebesöket inte är en utbildning eller konferens");

	private FieldLabels() {
	}

	/** The label of a field name, a section's name included; the name itself for a field no policy names. */
	public static String of(String field) {
		String label = LABELS.get(field);
		if (label != null) {
			return label;
		}
		for (ApplicationSection section : ApplicationSection.values()) {
			if (section.name().equals(field)) {
				return SectionLabels.of(section);
			}
		}
		return field;
	}
}
