package se.fuel.applications;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A report from an earlier grant that stands in the way of new funds: overdue, or handed in but not approved
 * ("Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år").
 *
 * @param grantTitle the granted project's title, so that the applicant knows which report is missing
 * @param registrationNumber the grant's registration number, e.g. {@code FoU 2024/0003}
 */
public record OutstandingReport(UUID grantId, String grantTitle, String registrationNumber, LocalDate dueDate,
		boolean overdue) {
}
