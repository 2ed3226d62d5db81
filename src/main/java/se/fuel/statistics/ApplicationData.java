package se.fuel.statistics;

/**
 * Whether a row's application figures (applications, rejections, amounts applied for, success rate) can be shown. Its
 * words are the bundle's {@code statistics.funds.data.<name>}.
 */
public enum ApplicationData {
	/** Fuel has the applications. */
	KNOWN,
	/** The grants were decided before Fuel (2002–2003, 2017): their applications were never entered. */
	MISSING,
	/** Another organisation's applications, which an applicant may not see. */
	HIDDEN
}
