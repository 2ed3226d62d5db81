package se.fuel.security;

import java.util.Map;
import java.util.UUID;

import se.fuel.testdata.TestData;

/**
 * The accounts a security test makes for itself, under the names its rows use: {@code lead}, an applicant of the lead
 * district; {@code other}, an applicant of another district; {@code council}, a council member of the lead district;
 * {@code reader}; {@code attestant} and {@code attestant2}, two attestants; {@code officer}; {@code admin}. The rows
 * name roles, not demo accounts, so that a table is read the same whoever runs it.
 */
record People(UUID leadDistrict, UUID otherDistrict, Map<String, String> usernames) {

	static People of(TestData data) {
		UUID lead = data.district();
		UUID other = data.district();
		return new People(lead, other, Map.of("lead", data.applicant(lead), "other", data.applicant(other), "council",
				data.council(lead), "reader", data.reader(), "attestant", data.attestant(), "attestant2",
				data.attestant(), "officer", data.officer(), "admin", data.admin()));
	}

	/** The username behind a row's name. */
	String username(String name) {
		String username = usernames.get(name);
		if (username == null) {
			throw new IllegalArgumentException("No one called " + name);
		}
		return username;
	}

	String lead() {
		return username("lead");
	}

	String other() {
		return username("other");
	}

	String officer() {
		return username("officer");
	}

	String admin() {
		return username("admin");
	}
}
