package se.fuel.security;

import static se.fuel.security.OtherOrganisationIsRefusedIT.NOT_OFFICERS;
import static se.fuel.security.OtherOrganisationIsRefusedIT.row;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import se.fuel.security.OtherOrganisationIsRefusedIT.Row;

/**
 * The statistics and events rows of {@link OtherOrganisationIsRefusedIT}, kept apart so the table stays readable:
 * every mapping of {@code se.fuel.statistics} and {@code se.fuel.events}. Fund statistics are for everyone but council
 * members; economic-assistance series and events are read by everyone signed in; the district comparison, imports
 * and every change to an event are for officers and administrators. Statistics have no organisation of their own, so
 * there is no 404 row here: what an applicant may not see of another organisation (its rejections) is checked by
 * {@link ApplicantsSeeNoOtherOrganisationsRejectionsIT}. Paths name {event}, an event, {import}, a rejected import,
 * and {comparedYear}, a year of figures for districts of the test's own, all made in
 * {@link OtherOrganisationIsRefusedIT#objects()}.
 */
final class StatisticsRefusals {

	/** Every fund statistics page, export and API endpoint. */
	static final List<String> FUND_STATISTICS = List.of("/statistics/funds", "/statistics/funds/projects",
			"/statistics/funds/outcomes", "/statistics/funds/overview.csv", "/statistics/funds/overview.xlsx",
			"/statistics/funds/projects.csv", "/statistics/funds/projects.xlsx", "/statistics/funds/outcomes.csv",
			"/statistics/funds/outcomes.xlsx", "/api/v1/statistics/funds/choices", "/api/v1/statistics/funds/overview",
			"/api/v1/statistics/funds/projects", "/api/v1/statistics/funds/outcomes");

	/** What everyone signed in reads: the landing page, the series, the events and their figures. */
	static final List<String> READ_BY_EVERYONE = List.of("/statistics", "/statistics/assistance",
			"/statistics/assistance.csv", "/statistics/assistance.xlsx", "/api/v1/statistics/assistance/organisations",
			"/api/v1/statistics/assistance/series", "/events", "/events/overview", "/events/overview?today=true",
			"/events/overview.csv", "/events/overview.xlsx", "/events/{event}", "/events/{event}/evaluation.csv",
			"/events/{event}/evaluation.xlsx", "/api/v1/events", "/api/v1/events/overview", "/api/v1/events/{event}");

	/** The year of the test's own figures that a comparison can be made on (see {@link Fixtures#comparableYear}). */
	static final String COMPARED = "&year={comparedYear}";

	static final List<String> EVERYONE = List.of("lead", "other", "council", "reader", "attestant",
			"attestant2", "officer", "admin");

	private StatisticsRefusals() {
	}

	/** Council members have no part in the fund statistics (403); every other role reads them. */
	static Stream<Row> fundStatisticsRefuseCouncilMembers() {
		return FUND_STATISTICS.stream()
			.flatMap(path -> Stream.concat(row(403, "council", "GET", path),
					rows(200, List.of("lead", "reader", "attestant2", "officer"), "GET", path)));
	}

	static Stream<Row> publishedFiguresAreReadByEveryone() {
		return READ_BY_EVERYONE.stream().flatMap(path -> rows(200, EVERYONE, "GET", path));
	}

	/** The comparison of districts, the imports of series and their example files are officers' tools. */
	static Stream<Row> comparisonAndImportsAreForOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/statistics/assistance/comparison"),
				rows(403, u, "GET", "/statistics/assistance/comparison?run=1&variables=arbetsloshet"),
				rows(403, u, "GET", "/statistics/assistance/comparison.csv?variables=arbetsloshet"),
				rows(403, u, "GET", "/statistics/assistance/comparison.xlsx?variables=arbetsloshet"),
				rows(403, u, "GET", "/api/v1/statistics/assistance/comparison?variables=arbetsloshet"),
				rows(403, u, "GET", "/statistics/assistance/import"),
				rows(403, u, "UPLOAD", "/statistics/assistance/import"),
				rows(403, u, "GET", "/statistics/assistance/import/{import}"),
				rows(403, u, "GET", "/statistics/assistance/import/{import}/progress"),
				rows(403, u, "UPLOAD", "/api/v1/statistics/assistance/imports"),
				rows(403, u, "GET", "/api/v1/statistics/assistance/imports/{import}"),
				rows(403, u, "GET", "/statistics/assistance/examples/kolada-exempel.json"),
				rows(403, u, "GET", "/statistics/assistance/examples/mall.csv"))
			.flatMap(s -> s);
	}

	/** Events are registered, changed, deleted and evaluated by officers and administrators only. */
	static Stream<Row> eventsAreChangedByOfficersOnly() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/events/new"),
				rows(403, u, "POST", "/events", "title=Kapad&kind=SEMINAR&date=2025-01-01"),
				rows(403, u, "GET", "/events/{event}/edit"),
				rows(403, u, "POST", "/events/{event}", "title=Kapad&kind=SEMINAR&date=2025-01-01"),
				rows(403, u, "POST", "/events/{event}/delete"),
				rows(403, u, "UPLOAD", "/events/{event}/ratings/import"),
				rows(403, u, "POST", "/events/{event}/ratings", "rating-10=5"),
				rows(403, u, "POST", "/api/v1/events", "json:event"),
				rows(403, u, "PUT", "/api/v1/events/{event}", "json:event"),
				rows(403, u, "DELETE", "/api/v1/events/{event}"),
				rows(403, u, "POST", "/api/v1/events/{event}/ratings", "csv:10\n9\n"),
				rows(403, u, "PUT", "/api/v1/events/{event}/ratings", "json:ratings"))
			.flatMap(s -> s);
	}

	/** Officers get through the same gates with harmless requests, so the refusals come from the rule. */
	static Stream<Row> officersGetThroughTheStatisticsGates() {
		return Stream.of(
				row(200, "officer", "GET", "/statistics/assistance/comparison?run=1&variables=arbetsloshet" + COMPARED),
				row(200, "admin", "GET", "/statistics/assistance/comparison.csv?variables=arbetsloshet" + COMPARED),
				row(200, "officer", "GET", "/statistics/assistance/comparison.xlsx?variables=arbetsloshet" + COMPARED),
				row(200, "officer", "GET", "/api/v1/statistics/assistance/comparison?variables=arbetsloshet" + COMPARED),
				row(200, "officer", "GET", "/statistics/assistance/import"),
				row(200, "admin", "GET", "/statistics/assistance/import/{import}"),
				row(200, "officer", "GET", "/statistics/assistance/import/{import}/progress"),
				row(200, "officer", "GET", "/api/v1/statistics/assistance/imports/{import}"),
				row(200, "officer", "GET", "/events/new"),
				row(200, "admin", "GET", "/events/{event}/edit"),
				row(422, "officer", "POST", "/events", "title=&kind=SEMINAR&date=2025-01-01"),
				row(422, "officer", "UPLOAD", "/events/{event}/ratings/import"),
				row(422, "officer", "POST", "/api/v1/events/{event}/ratings", "csv:10\nelva\n"),
				row(404, "officer", "GET", "/events/00000000-0000-0000-0000-000000000000"),
				row(404, "officer", "GET", "/events/00000000-0000-0000-0000-000000000000/evaluation.csv"),
				row(404, "officer", "GET", "/statistics/assistance/import/00000000-0000-0000-0000-000000000000"))
			.flatMap(s -> s);
	}

	/** Nobody signed in: pages and exports send to the login page, the API answers 401. */
	static Stream<Row> anonymousStatistics() {
		List<String> nobody = Collections.singletonList(null);
		return Stream.of(
				rows(302, nobody, "GET", "/statistics"),
				rows(302, nobody, "GET", "/statistics/funds"),
				rows(302, nobody, "GET", "/statistics/funds/overview.xlsx"),
				rows(302, nobody, "GET", "/statistics/assistance.csv"),
				rows(302, nobody, "GET", "/statistics/assistance/comparison"),
				rows(302, nobody, "GET", "/events/{event}"),
				rows(302, nobody, "GET", "/events/overview.csv"),
				rows(401, nobody, "GET", "/api/v1/statistics/funds/overview"),
				rows(401, nobody, "GET", "/api/v1/statistics/assistance/series"),
				rows(401, nobody, "GET", "/api/v1/statistics/assistance/comparison"),
				rows(401, nobody, "GET", "/api/v1/statistics/assistance/imports/{import}"),
				rows(401, nobody, "GET", "/api/v1/events/{event}"),
				rows(401, nobody, "POST", "/api/v1/events", "json:event"))
			.flatMap(s -> s);
	}
}
