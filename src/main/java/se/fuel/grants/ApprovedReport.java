package se.fuel.grants;

/** A grant with its approved report, as the knowledge bank takes it in. */
public record ApprovedReport(GrantView grant, ReportView report) {
}
