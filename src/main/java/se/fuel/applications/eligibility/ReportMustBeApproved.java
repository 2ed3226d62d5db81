package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.applications.OutstandingReport;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * The applying organisation has no overdue or unapproved report from an earlier grant: "Godkänd rapport är en
 * förutsättning för att kunna ansöka om och beviljas medel kommande år" (2024 decision). One violation per report, so
 * that the applicant knows which grant to report on.
 */
public final class ReportMustBeApproved implements Rule<SubmissionCandidate> {

	public static final String RULE = "report-must-be-approved";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		List<OutstandingReport> reports = candidate.outstandingReports();
		if (reports == null) {
			return List.of();
		}
		return reports.stream().map(ReportMustBeApproved::outstanding).toList();
	}

	private static Violation outstanding(OutstandingReport report) {
		if (report.overdue() && report.dueDate() != null) {
			return Violation.of(FieldLabels.ORGANISATION, RULE, "applications.rule.reportOverdue", report.grantTitle(),
					report.registrationNumber(), SwedishFormat.longDate(report.dueDate()));
		}
		return Violation.of(FieldLabels.ORGANISATION, RULE, "applications.rule.reportNotApproved", report.grantTitle(),
				report.registrationNumber());
	}
}
