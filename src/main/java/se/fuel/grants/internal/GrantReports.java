package se.fuel.grants.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.GrantFollowUp;
import se.fuel.applications.OutstandingReport;
import se.fuel.grants.rules.UnapprovedReportBlocksNewFunds;

/**
 * Answers which of an organisation's earlier grants stand in the way of new funds, by the policy
 * {@link UnapprovedReportBlocksNewFunds}. Only the lead organisation answers for a grant: partners did not receive the
 * money and cannot hand the report in.
 */
@Service
@Transactional(readOnly = true)
class GrantReports implements GrantFollowUp {

	private static final UnapprovedReportBlocksNewFunds BLOCKS = new UnapprovedReportBlocksNewFunds();

	private final GrantRepository grants;

	GrantReports(GrantRepository grants) {
		this.grants = grants;
	}

	@Override
	public List<OutstandingReport> outstandingReports(UUID organisationId, LocalDate asOf) {
		return grants.findByOrganisationIdOrderByYearDescRegistrationNumberAsc(organisationId)
			.stream()
			.flatMap(g -> BLOCKS.blocking(new UnapprovedReportBlocksNewFunds.GrantReport(
					g.origin() == Grant.Origin.DECISION, g.status(), g.reportDueDate(), asOf))
				.map(blocking -> new OutstandingReport(g.id(), g.title(), g.registrationNumber(), g.reportDueDate(),
						blocking == UnapprovedReportBlocksNewFunds.Blocking.OVERDUE))
				.stream())
			.sorted(Comparator.comparing(OutstandingReport::dueDate))
			.toList();
	}
}
