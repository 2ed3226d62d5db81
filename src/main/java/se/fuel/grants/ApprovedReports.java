package se.fuel.grants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Approved reports for the knowledge bank, which publishes what projects learned to everyone signed in. No role check:
 * it is called by the system (demo data, the listener of {@link ReportApproved}), never from a request of its own.
 */
public interface ApprovedReports {

	/** Every grant whose report is approved, oldest year first. */
	List<ApprovedReport> all();

	/**
	 * Every grant without an approved report, under way or never reported, oldest year first: the knowledge bank
	 * shows such projects by their plan.
	 */
	List<GrantView> withoutApprovedReport();

	/** The grant's approved report, or empty when it has none (yet). */
	Optional<ApprovedReport> of(UUID grantId);
}
