package se.fuel.grants;

import java.util.List;
import java.util.UUID;

/**
 * What the annual report says, every number computed from the grants and their reports.
 *
 * @param title "Redovisning av forsknings- och lokala utvecklingsprojekt år 2017" (or "år 2002–2003")
 * @param groups the projects by area (or by programme when a grant has no area), in the order of their references
 * @param summary per lead organisation: projects per area, granted, implementation plans (document 001 table 1.3)
 */
public record AnnualReportContent(int fromYear, int toYear, String title, int projects, long granted, int reported,
		List<Group> groups, Summary summary) {

	/** The years the report covers: "2017", or "2002–2003". */
	public String years() {
		return years(fromYear, toYear);
	}

	public static String years(int fromYear, int toYear) {
		return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "\u2013" + toYear;
	}

	/**
	 * One area's projects: "2.1 Socialmedicin", "Totalt antal projekt: 9 st.", "Beviljade utvecklingsmedel",
	 * "Antal slutredovisade projekt".
	 *
	 * @param number the section number, e.g. "2.1"
	 * @param reported projects whose report was handed in (inlämnad or godkänd)
	 */
	public record Group(String number, String area, int projectCount, long granted, int reported,
			List<Project> projects) {
	}

	/**
	 * One grant as the report tells it, e.g. "2.1.1 Skärholmen – Myndighetssamverkan / Beviljade medel / År /
	 * Målgrupp / Mål och syfte / erfarenheter och slutsatser / implementeringsplaner / förslag till fortsatt arbete /
	 * Samordnarens kommentar".
	 *
	 * @param area the group the project is reported under: its area, or its programme when it has none
	 * @param years "2002", or "2002 och 2003" for a grant whose period spans two years
	 * @param reportIn the report was handed in (inlämnad or godkänd); when false its texts are null and the page says
	 * "Ingen redovisning har lämnats in"
	 * @param reportStatus where the report stands, null when the organisation has written none
	 * @param coordinatorComment samordnarens kommentar, also on a project whose report never came in
	 * @param implementationPlan whether the organisation plans to implement the project, null when not reported
	 */
	public record Project(String number, UUID grantId, String reference, String title, String programmeCode,
			String area, UUID organisationId, String organisation, List<String> partners, long amount, String years,
			String targetGroup, String purpose, boolean reportIn, ReportStatus reportStatus, String experiences,
			Boolean implementationPlan, String implementationPlanHow, String proposals, String coordinatorComment) {
	}

	/** Table 1.3 of document 001: one row per lead organisation, the largest granted total first, and the totals. */
	public record Summary(List<String> areas, List<SummaryRow> rows, SummaryRow total) {
	}

	/**
	 * @param perArea the number of projects in each of {@link Summary#areas()}, in that order
	 * @param planYes projects whose report says the project will be implemented
	 * @param planNo the rest: a report saying no, or no report handed in
	 */
	public record SummaryRow(String organisation, List<Integer> perArea, int projects, long granted, int planYes,
			int planNo) {
	}
}
