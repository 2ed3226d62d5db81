package se.fuel.grants.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.GrantFollowUp;
import se.fuel.applications.OutstandingReport;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.domain.Grant;
import se.fuel.grants.domain.GrantRepository;

/**
 * Answers from the grants' reports which of an organisation's earlier grants stand in the way of new funds: those
 * whose report due date has passed and whose report is not approved. Only the lead organisation answers for a grant:
 * partners did not receive the money and cannot hand the report in.
 */
@Service
@Transactional(readOnly = true)
class GrantReports implements GrantFollowUp {

	/** The report is approved (and the grant possibly closed): nothing is outstanding any more. */
	private static final Set<GrantStatus> APPROVED = Set.of(GrantStatus.GODKAND, GrantStatus.AVSLUTAD);

	/** The report is handed in or back for completion: it came in, but is not yet approved. */
	private static final Set<GrantStatus> HANDED_IN = Set.of(GrantStatus.REDOVISNING_INLAMNAD,
			GrantStatus.KOMPLETTERING);

	private final GrantRepository grants;

	GrantReports(GrantRepository grants) {
		this.grants = grants;
	}

	@Override
	public List<OutstandingReport> outstandingReports(UUID organisationId, LocalDate asOf) {
		return grants.findByOrganisationIdOrderByYearDescRegistrationNumberAsc(organisationId)
			.stream()
			// A grant decided before Fuel was followed up on paper: its reports, reminders and the coordinator's
			// comments are in the documents of its time (seeds/001), and what Fuel holds of it is only what was
			// entered afterwards. Whether such a report was ever approved cannot be told from Fuel, so it must not
			// shut an organisation out of new funds twenty years later.
			.filter(g -> g.origin() == Grant.Origin.DECISION)
			.filter(g -> g.reportDueDate() != null && g.reportDueDate().isBefore(asOf))
			.filter(g -> !APPROVED.contains(g.status()))
			.sorted(Comparator.comparing(Grant::reportDueDate))
			.map(g -> new OutstandingReport(g.id(), g.title(), g.registrationNumber(), g.reportDueDate(),
					!HANDED_IN.contains(g.status())))
			.toList();
	}
}
