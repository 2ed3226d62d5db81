package se.fuel.grants.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.grants.ApprovedReport;
import se.fuel.grants.ApprovedReports;
import se.fuel.grants.GrantView;
import se.fuel.grants.ReportStatus;

/** Approved reports read without a signed-in user, for the knowledge bank. */
@Service
@Transactional(readOnly = true)
class ApprovedReportService implements ApprovedReports {

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final GrantService grantViews;

	private final GrantReportService reportViews;

	ApprovedReportService(GrantRepository grants, GrantReportRepository reports, GrantService grantViews,
			GrantReportService reportViews) {
		this.grants = grants;
		this.reports = reports;
		this.grantViews = grantViews;
		this.reportViews = reportViews;
	}

	@Override
	public List<ApprovedReport> all() {
		Map<UUID, GrantReport> approved = reports.findAll().stream()
			.filter(r -> r.status() == ReportStatus.APPROVED)
			.collect(Collectors.toMap(GrantReport::grantId, Function.identity()));
		return grants.findAllById(approved.keySet()).stream()
			.sorted(Comparator.comparing(Grant::year).thenComparing(Grant::registrationNumber,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.map(g -> new ApprovedReport(grantViews.view(g), reportViews.view(approved.get(g.id()))))
			.toList();
	}

	@Override
	public List<GrantView> withoutApprovedReport() {
		var approved = reports.findAll().stream()
			.filter(r -> r.status() == ReportStatus.APPROVED)
			.map(GrantReport::grantId)
			.collect(Collectors.toSet());
		return grants.findAll().stream()
			.filter(g -> !approved.contains(g.id()))
			.sorted(Comparator.comparing(Grant::year).thenComparing(Grant::registrationNumber,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.map(grantViews::view)
			.toList();
	}

	@Override
	public Optional<ApprovedReport> of(UUID grantId) {
		return reports.findByGrantId(grantId)
			.filter(r -> r.status() == ReportStatus.APPROVED)
			.flatMap(r -> grants.findById(grantId)
				.map(g -> new ApprovedReport(grantViews.view(g), reportViews.view(r))));
	}
}
