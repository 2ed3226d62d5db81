package se.fuel.grants.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.FundedProjects;
import se.fuel.grants.GrantView;
import se.fuel.grants.HandedInReport;
import se.fuel.grants.ReportStatus;

/** Grants and handed-in reports read for the fund statistics, which check their own caller's rights. */
@Service
@Transactional(readOnly = true)
class FundedProjectService implements FundedProjects {

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final GrantService grantViews;

	private final GrantReportService reportViews;

	private final AnnualReportService annualReports;

	FundedProjectService(GrantRepository grants, GrantReportRepository reports, GrantService grantViews,
			GrantReportService reportViews, AnnualReportService annualReports) {
		this.grants = grants;
		this.reports = reports;
		this.grantViews = grantViews;
		this.reportViews = reportViews;
		this.annualReports = annualReports;
	}

	@Override
	public List<GrantView> all() {
		return grants.findAll().stream().sorted(Comparator.comparing(Grant::year)).map(grantViews::view).toList();
	}

	@Override
	public List<Project> asReported(int fromYear, int toYear) {
		return annualReports.groups(fromYear, toYear, LocaleContextHolder.getLocale())
			.stream()
			.flatMap(g -> g.projects().stream())
			.toList();
	}

	@Override
	public List<HandedInReport> handedIn() {
		Map<UUID, GrantReport> in = reports.findAll()
			.stream()
			.filter(r -> r.status() == ReportStatus.HANDED_IN || r.status() == ReportStatus.APPROVED)
			.collect(Collectors.toMap(GrantReport::grantId, Function.identity()));
		return grants.findAllById(in.keySet())
			.stream()
			.sorted(Comparator.comparing(Grant::year))
			.map(g -> new HandedInReport(grantViews.view(g), reportViews.view(in.get(g.id()))))
			.toList();
	}
}
