package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.common.SwedishFormat;
import se.fuel.applications.OutstandingReport;

/**
 * The applying organisation has no overdue or unapproved report from an earlier grant: "Godkänd rapport är en
 * förutsättning för att kunna ansöka om och beviljas medel kommande år" (2024 decision). One finding per report, so
 * that the applicant knows which grant to report on.
 */
public final class ReportMustBeApproved implements EligibilityPolicy {

	public static final String RULE = "report-must-be-approved";

	static final String QUOTE = "Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel "
			+ "kommande år.";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		List<OutstandingReport> reports = candidate.outstandingReports();
		if (reports == null) {
			return List.of();
		}
		return reports.stream().map(ReportMustBeApproved::outstanding).toList();
	}

	private static Finding outstanding(OutstandingReport report) {
		String grant = "\u201D" + report.grantTitle() + "\u201D (" + report.registrationNumber() + ")";
		String state = report.overdue() && report.dueDate() != null
				? "skulle ha lämnats senast " + SwedishFormat.longDate(report.dueDate()) + " och är inte godkänd"
				: "är inte godkänd";
		return Finding.error(FieldLabels.ORGANISATION, RULE,
				"Rapporten för tidigare beviljade medel till " + grant + " " + state + ": " + QUOTE);
	}
}
