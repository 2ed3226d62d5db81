package se.fuel.grants;

/** A grant with its report as the organisation handed it in (inlämnad or godkänd). */
public record HandedInReport(GrantView grant, ReportView report) {
}
