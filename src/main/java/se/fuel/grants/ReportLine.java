package se.fuel.grants;

/** One budget line of a report's economy part: what the money was for, granted and actually spent, whole kronor. */
public record ReportLine(String description, Long granted, Long actual) {
}
