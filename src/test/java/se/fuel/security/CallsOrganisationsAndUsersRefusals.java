package se.fuel.security;

import static se.fuel.security.OtherOrganisationIsRefusedIT.NOT_OFFICERS;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.util.List;
import java.util.stream.Stream;

import se.fuel.security.OtherOrganisationIsRefusedIT.Row;

/**
 * Rows of {@link OtherOrganisationIsRefusedIT} for what officers and administrators keep: calls and programmes, the
 * register of organisations and the user accounts, kept apart so the table stays readable. Paths name {draftCall}, an
 * unpublished call, {org}, an organisation, and {user}, a user account, made in
 * {@link OtherOrganisationIsRefusedIT#objects()}.
 */
final class CallsOrganisationsAndUsersRefusals {

	/** Everyone but administrators, fund officers included. */
	static final List<String> NOT_ADMINS = List.of("lead", "other", "officer", "council", "reader", "attestant",
			"attestant2");

	private CallsOrganisationsAndUsersRefusals() {
	}

	/** Only fund officers (and administrators) make and change calls and programmes; drafts are hidden. */
	static Stream<Row> callsAreWrittenByOfficersOnly() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/calls/new"),
				rows(403, u, "POST", "/calls", "title=Kapad"),
				rows(403, u, "GET", "/calls/{draftCall}/edit"),
				rows(403, u, "POST", "/calls/{draftCall}", "title=Kapad"),
				rows(403, u, "POST", "/calls/{draftCall}/publish", "published=true"),
				rows(403, u, "GET", "/programmes"),
				rows(403, u, "POST", "/programmes", "code=KAPAD&name=Kapad&form=PROJECT"),
				rows(403, u, "POST", "/api/v1/calls", "json:call"),
				rows(403, u, "PUT", "/api/v1/calls/{draftCall}", "json:call"),
				rows(403, u, "POST", "/api/v1/programmes", "json:programme"),
				rows(404, u, "GET", "/calls/{draftCall}"),
				rows(404, u, "GET", "/api/v1/calls/{draftCall}"))
			.flatMap(s -> s);
	}

	/** The register of organisations is kept by officers and administrators; everyone signed in reads the API list. */
	static Stream<Row> organisationsAreKeptByOfficersOnly() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/organisations"),
				rows(403, u, "GET", "/organisations/{org}"),
				rows(403, u, "GET", "/organisations/new"),
				rows(403, u, "POST", "/organisations", "code=kapad&name=Kapad&kind=EXTERNAL&validFrom=2001-01-01"),
				rows(403, u, "GET", "/organisations/{org}/edit"),
				rows(403, u, "POST", "/organisations/{org}", "code=kapad&name=Kapad&kind=EXTERNAL&validFrom=2001-01-01"),
				rows(403, u, "POST", "/api/v1/organisations", "json:organisation"),
				rows(403, u, "PUT", "/api/v1/organisations/{org}", "json:organisation"),
				rows(200, u, "GET", "/api/v1/organisations/{org}"))
			.flatMap(s -> s);
	}

	/** User administration is for administrators alone, fund officers included among the refused. */
	static Stream<Row> usersAreAdministeredByAdminsOnly() {
		var u = NOT_ADMINS;
		return Stream.of(
				rows(403, u, "GET", "/admin/users"),
				rows(403, u, "GET", "/admin/users/{user}"),
				rows(403, u, "GET", "/admin/users/new"),
				rows(403, u, "POST", "/admin/users", "username=kapad&displayName=Kapad&role=ADMIN&password=ettlangtlosenord"),
				rows(403, u, "GET", "/admin/users/{user}/edit"),
				rows(403, u, "POST", "/admin/users/{user}", "displayName=Kapad&role=ADMIN&enabled=true"),
				rows(403, u, "GET", "/admin/users/{user}/password"),
				rows(403, u, "POST", "/admin/users/{user}/password", "password=ettlangtlosenord"),
				rows(403, u, "GET", "/api/v1/users"),
				rows(403, u, "GET", "/api/v1/users/{user}"),
				rows(403, u, "PUT", "/api/v1/users/{user}", "json:user"),
				rows(403, u, "POST", "/api/v1/users", "json:user"))
			.flatMap(s -> s);
	}
}
