package se.fuel.decisions;

import java.util.List;

/**
 * Every decided outcome, for statistics. No role check: it is called by the system; the caller checks its own caller's
 * rights (another organisation's rejection must not reach an applicant).
 */
public interface DecidedOutcomes {

	/** Every application the committee decided, newest year first. */
	List<ApplicationOutcome> all();
}
