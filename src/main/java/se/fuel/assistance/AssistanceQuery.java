package se.fuel.assistance;

import java.util.UUID;

/**
 * Which economic-assistance figure to show: for an organisation (with every organisation whose work it carries) or,
 * with {@code organisationId} null, for the whole city; one measure and barrier category; the years shown; the base
 * year that changes are measured against; and the target year by which the base year's level is to be halved.
 */
public record AssistanceQuery(UUID organisationId, AssistanceMeasure measure, BarrierCategory category, int fromYear,
		int toYear, int baseYear, int targetYear, double targetChangePercent) {

	/** The city's goal (the annual report's Bilaga 2): halve from 1999 to 2004. */
	public static final int DEFAULT_BASE_YEAR = 1999;

	public static final int DEFAULT_TARGET_YEAR = 2004;

	public static final double DEFAULT_TARGET_CHANGE = -50.0;

	public AssistanceQuery {
		measure = measure == null ? AssistanceMeasure.ADULT_RECIPIENTS : measure;
		category = category == null ? BarrierCategory.ALL : category;
		if (toYear < fromYear) {
			int t = toYear;
			toYear = fromYear;
			fromYear = t;
		}
	}

	public static AssistanceQuery of(UUID organisationId, AssistanceMeasure measure, BarrierCategory category,
			Integer fromYear, Integer toYear, Integer baseYear) {
		return new AssistanceQuery(organisationId, measure, category, fromYear == null ? 1999 : fromYear,
				toYear == null ? 2004 : toYear, baseYear == null ? DEFAULT_BASE_YEAR : baseYear, DEFAULT_TARGET_YEAR,
				DEFAULT_TARGET_CHANGE);
	}
}
