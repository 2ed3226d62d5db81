package se.fuel.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the grants module tells others about an organisation's earlier grants.
 */
public interface GrantFollowUp {

	/** Reports of the organisation's earlier grants that are overdue or not approved on the date. */
	List<OutstandingReport> outstandingReports(UUID organisationId, LocalDate asOf);
}
