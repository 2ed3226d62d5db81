package se.fuel.assessment.rules;

/** Field names of the criteria and areas, the same in the form (element ids) and the API's violations. */
public final class CriterionFields {

	private CriterionFields() {
	}

	public static String met(int index) {
		return "criteria" + index + "-met";
	}

	public static String motivation(int index) {
		return "criteria" + index + "-motivation";
	}

	public static String area(int index) {
		return "area" + index;
	}
}
