package se.fuel.assistance.internal;

/** Per 1 000 invånare: a count against the population it is drawn from, so districts of different size compare. */
final class PerCapita {

	private PerCapita() {
	}

	/** Null when the population is unknown or zero. */
	public static Double perThousand(Double value, Double population) {
		if (value == null || population == null || population <= 0) {
			return null;
		}
		return value / population * 1000;
	}
}
