package se.fuel.applications;

import java.util.UUID;

/**
 * Where the committee's decision reaches the applications it decides, so that every list, tag, filter and API answer
 * shows granted, partially granted or rejected instead of submitted. Decisions calls it inside the transaction that
 * records the decision, so the two cannot disagree. No role check here: the caller has checked its own caller's (only
 * an officer records a committee decision).
 */
public interface ApplicationDecisions {

	/** Records the decision on a sent-in application; {@code outcome} is one of the decided statuses. */
	void decided(UUID applicationId, ApplicationStatus outcome);
}
