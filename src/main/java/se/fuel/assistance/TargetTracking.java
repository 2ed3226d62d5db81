package se.fuel.assistance;

import java.time.YearMonth;

/**
 * How far a series has come towards its target: the change of the latest twelve months' average against the base
 * year, and how much of the targeted change that is (the city's −37.5 % of the −50 % goal is 75 %).
 */
public record TargetTracking(int baseYear, int targetYear, double targetChangePercent, YearMonth latestMonth,
		double reachedChangePercent, double shareOfTargetPercent, double remainingPercentagePoints) {

	public boolean reached() {
		return reachedChangePercent <= targetChangePercent;
	}
}
