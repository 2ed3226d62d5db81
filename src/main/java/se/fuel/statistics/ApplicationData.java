package se.fuel.statistics;

/** Whether a row's application figures (applications, rejections, amounts applied for, success rate) can be shown. */
public enum ApplicationData {
	/** Fuel has the applications. */
	KNOWN("uppgift finns"),
	/** The grants were decided before Fuel (2002–2003, 2017): their applications were never entered. */
	MISSING("uppgift saknas"),
	/** Another organisation's applications, which an applicant may not see. */
	HIDDEN("visas ej");

	private final String label;

	ApplicationData(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
