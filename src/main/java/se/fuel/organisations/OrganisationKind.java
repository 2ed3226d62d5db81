package se.fuel.organisations;

/** What sort of organisation applies for or runs the funds. */
public enum OrganisationKind {
	/** Stadsdelsförvaltning. */
	DISTRICT,
	/** Fackförvaltning, e.g. Socialförvaltningen. */
	ADMINISTRATION,
	/** A unit of an administration, e.g. Enheten för hemlösa. */
	UNIT,
	/** Outside the city, e.g. Simba. */
	EXTERNAL
}
