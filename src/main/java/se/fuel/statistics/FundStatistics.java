package se.fuel.statistics;

/**
 * The fund statistics. Officers, administrators, attestants and readers see every figure; an applicant sees the grant
 * figures of everyone but the application figures (applications, rejections, amounts applied for, success rate) of
 * their own organisation only; council members are refused (403).
 */
public interface FundStatistics {

	/** Applications and grants per year, programme and organisation. */
	FundOverview overview(FundQuery query);

	/** Table 1.3 of the annual report: projects per lead organisation and area, granted, implementation plans. */
	ProjectTable projectTable(FundQuery query);

	/** Participants and outcomes of the handed-in reports per year and area. */
	OutcomeStatistics outcomes(FundQuery query);

	/** The years and programmes there are figures for, to choose from. */
	FundChoices choices();
}
