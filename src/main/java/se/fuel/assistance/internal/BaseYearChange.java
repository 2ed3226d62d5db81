package se.fuel.assistance.internal;

/**
 * Förändring jämfört med basåret: how much a level has changed against the base year's average, in percent
 * (negative when it fell). Document 001: adult recipients in 2003 against 1999, −37.5 %.
 */
final class BaseYearChange {

	private BaseYearChange() {
	}

	/** The change in percent, or null when there is no base or it is zero. */
	public static Double percent(Double value, Double base) {
		if (value == null || base == null || base == 0) {
			return null;
		}
		return (value / base - 1) * 100;
	}
}
