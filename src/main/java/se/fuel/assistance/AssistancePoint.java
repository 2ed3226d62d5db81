package se.fuel.assistance;

import java.time.YearMonth;

/**
 * One month of a series with what is computed from it. Values are null where there is nothing to compute from (a
 * rolling average needs twelve months, a change needs the base year).
 *
 * @param annual a figure for the whole year (structural variables), shown at its January
 * @param rolling12 the average of this and the eleven months before
 * @param changePercent the rolling average against the base year's average, in percent
 * @param perThousand the value per 1 000 inhabitants of the year, when the population is known
 * @param breakBefore a series break between the month before and this one: the chart does not join them
 * @param windowSpansBreak the rolling average mixes months registered at different levels
 * @param madeUp the figure is made up (demo data), not a measurement
 */
public record AssistancePoint(YearMonth month, boolean annual, Double value, Double rolling12, Double changePercent,
		Double perThousand, RegistrationLevel level, boolean breakBefore, boolean windowSpansBreak, boolean madeUp) {
}
