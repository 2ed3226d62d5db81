package se.fuel.statistics;

import se.fuel.grants.AnnualReportContent.Summary;

/** Table 1.3 of the annual report for a span of years and a set of programmes: projects per lead organisation and area. */
public record ProjectTable(FundQuery query, Summary summary) {
}
