package se.fuel.statistics;

import java.util.List;

/**
 * The fund statistics of a span of years: per year (the trend), per year and programme, per programme and per
 * organisation, and the totals.
 *
 * @param ownOrganisationOnly true for an applicant: application figures are their own organisation's only, grant
 * figures everyone's
 * @param ownOrganisation the applicant's organisation's name, null for others
 */
public record FundOverview(FundQuery query, boolean ownOrganisationOnly, String ownOrganisation,
		List<FundFigure> byYear, List<FundFigure> byYearAndProgramme, List<FundFigure> byProgramme, List<FundFigure> byOrganisation, FundFigure total) {
}
