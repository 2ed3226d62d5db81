package se.fuel.assistance.internal;

import java.time.YearMonth;

import se.fuel.assistance.TargetTracking;

/**
 * Måluppfyllelse: the change reached against the change targeted. The city's goal to halve the number of adult
 * recipients from 1999 to 2004 (−50 %) had by 2003 reached −37.5 %, three quarters of the way.
 */
final class TargetProgress {

	private TargetProgress() {
	}

	/** Null when there is nothing to compare (no base, or a target of no change). */
	public static TargetTracking of(int baseYear, int targetYear, double targetChangePercent, YearMonth latestMonth,
			Double reachedChangePercent) {
		if (reachedChangePercent == null || targetChangePercent == 0) {
			return null;
		}
		double share = reachedChangePercent / targetChangePercent * 100;
		return new TargetTracking(baseYear, targetYear, targetChangePercent, latestMonth, reachedChangePercent, share,
				reachedChangePercent - targetChangePercent);
	}
}
