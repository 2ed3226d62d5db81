package se.fuel.applications.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.applications.OutstandingReport;

/**
 * Everything the eligibility policies look at when an application is submitted, gathered by the service so that the
 * policies are plain functions without Spring.
 *
 * @param texts the application's text sections, by section; a missing or blank entry is an empty section
 * @param declaredNotCourseOrConference for study visits: the applicant's declaration that the visit is neither a course
 * nor a conference (MUL "beviljas inte för att delta i särskilda utbildningar eller konferenser")
 * @param outstandingReports reports from earlier grants of the lead organisation that are overdue or not approved
 * @param otherSubmissionsInCapGroup how many other applications the lead organisation has already submitted this year
 * to calls sharing this call's cap group
 */
public record SubmissionCandidate(CallView call, Instant now, long requestedAmount, List<BudgetLine> budgetLines,
		Map<ApplicationSection, String> texts, LocalDate startDate, LocalDate endDate,
		boolean declaredNotCourseOrConference, List<OutstandingReport> outstandingReports,
		int otherSubmissionsInCapGroup) {

	public record BudgetLine(String description, long amount) {
	}

	public String text(ApplicationSection section) {
		String t = texts.get(section);
		return t == null ? "" : t;
	}
}
