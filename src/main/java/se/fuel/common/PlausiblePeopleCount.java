package se.fuel.common;

import java.util.Optional;

/**
 * A number of people (participants, by gender or in all; people reached by an outcome) is between 0 and 1 000 000.
 * Stockholm has about a million inhabitants, and Fuel counts the people one project or event in the city reached, so
 * a larger number is a typo or an attack; the limit keeps every sum of counts far inside a {@code long}.
 */
public final class PlausiblePeopleCount {

	public static final String RULE = "people-count-in-range";

	public static final long MAX_PEOPLE = 1_000_000L;

	private static final PlausibleRange RANGE = new PlausibleRange(RULE, MAX_PEOPLE, "common.plausiblePeopleCount",
			SwedishFormat::amount);

	private PlausiblePeopleCount() {
	}

	/** The violation if {@code people} is negative or above the maximum; a missing count is another rule's. */
	public static Optional<Violation> check(Long people, String field, Text label) {
		return RANGE.check(people, field, label);
	}
}
