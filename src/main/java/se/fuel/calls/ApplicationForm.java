package se.fuel.calls;

/** Which application form a programme's calls use. */
public enum ApplicationForm {
	/** A local development or research project (LUM, FoU). */
	PROJECT,
	/** A study visit or study trip to colleagues elsewhere (MUL); never a course or conference. */
	STUDY_VISIT
}
