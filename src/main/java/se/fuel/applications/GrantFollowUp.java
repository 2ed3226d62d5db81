package se.fuel.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a submission needs to know about the lead organisation's earlier grants. Declared here and implemented by the
 * grants module, because grants are created from the committee's decision, which reads assessments, which read
 * applications: were this interface in the grants module, the modules would depend on each other in a circle.
 */
public interface GrantFollowUp {

	/** Reports of the organisation's earlier grants that are overdue or not approved on the date. */
	List<OutstandingReport> outstandingReports(UUID organisationId, LocalDate asOf);
}
