package se.fuel.decisions;

import java.util.List;
import java.util.Optional;

import java.util.UUID;

/** Decided outcomes, for the applying organisation (its own) and officers (all). */
public interface Outcomes {

	/** The signed-in applicant's organisation's outcomes, newest year first. */
	List<ApplicationOutcome> mine();

	/** The outcome of one application, for its organisation and officers; empty before the decision. */
	Optional<ApplicationOutcome> of(UUID applicationId);
}
