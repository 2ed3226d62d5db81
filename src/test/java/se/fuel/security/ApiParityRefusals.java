package se.fuel.security;

import static se.fuel.security.OtherOrganisationIsRefusedIT.NOT_OFFICERS;
import static se.fuel.security.OtherOrganisationIsRefusedIT.NO_APPLICATION_ROLE;
import static se.fuel.security.OtherOrganisationIsRefusedIT.row;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import se.fuel.security.OtherOrganisationIsRefusedIT.Row;

/**
 * Rows for the API operations that give the pages' actions an API counterpart (issue 15, point 9; see
 * {@link EveryPageActionHasAnApiOperationTest}): an application's files, an administrator's new password for a user,
 * a user's own mail choices, the reasons for rejection, a council member's jäv, the knowledge bank's areas and the
 * removal of a knowledge item's file in {@link OtherOrganisationIsRefusedIT}; closing a grant and the decision mails'
 * recipients in {@link GrantAndMailEndpointsRefuseIT} ({@link #grantRows()}). Each refusal has a row where the
 * rightful user gets past the same gate with a request that changes nothing of what other rows rely on.
 */
final class ApiParityRefusals {

	static final List<String> NOBODY = Collections.singletonList(null);

	private ApiParityRefusals() {
	}

	/** The bodies the rows of {@link OtherOrganisationIsRefusedIT} send. */
	static void objects(Map<String, String> bodies) {
		bodies.put("json:password", "{\"password\":\"ett nytt långt lösenord\"}");
		bodies.put("json:short-password", "{\"password\":\"kort\"}");
		bodies.put("json:mail", "{\"wanted\":[\"SUBMISSION_RECEIPT\",\"DECISION_OUTCOME\"]}");
		bodies.put("json:reason-category", "{\"name\":\"Kapad\",\"active\":true}");
		bodies.put("json:blank-reason-category", "{\"name\":\" \"}");
		bodies.put("json:conflict", "{\"reason\":\"Kapad\"}");
		bodies.put("json:new-area", "{\"code\":\"kapad\",\"label\":\"Kapad\"}");
		bodies.put("json:bad-area", "{\"code\":\"Inte En Kod\",\"label\":\"\"}");
		bodies.put("json:area-label", "{\"label\":\"Kapad\"}");
	}

	/** An application's files: the lead district changes them, whoever may see the application reads them. */
	static Stream<Row> applicationFiles() {
		String files = "/api/v1/applications/{draft}/attachments";
		String file = files + "/{draftFile}";
		return Stream.of(
				row(404, "other", "GET", files),
				row(404, "other", "GET", file),
				row(404, "other", "UPLOAD", files),
				row(404, "other", "DELETE", file),
				// The lead district's file reached through the other district's own application.
				row(404, "other", "GET", "/api/v1/applications/{otherDraft}/attachments/{draftFile}"),
				row(404, "other", "DELETE", "/api/v1/applications/{otherDraft}/attachments/{draftFile}"),
				rows(403, NO_APPLICATION_ROLE, "GET", files),
				rows(403, NO_APPLICATION_ROLE, "GET", file),
				rows(403, NO_APPLICATION_ROLE, "UPLOAD", files),
				rows(403, NO_APPLICATION_ROLE, "DELETE", file),
				rows(403, List.of("officer", "admin"), "UPLOAD", files),
				rows(403, List.of("officer", "admin"), "DELETE", file),
				row(403, "other", "UPLOAD", "/api/v1/applications/{joint}/attachments"),
				row(403, "other", "DELETE", "/api/v1/applications/{joint}/attachments/{jointFile}"),
				row(200, "other", "GET", "/api/v1/applications/{joint}/attachments"),
				row(200, "other", "GET", "/api/v1/applications/{joint}/attachments/{jointFile}"),
				rows(200, List.of("lead", "officer"), "GET", files),
				rows(200, List.of("lead", "officer"), "GET", file),
				row(201, "lead", "UPLOAD", files),
				row(401, null, "GET", files),
				row(401, null, "DELETE", file))
			.flatMap(s -> s);
	}

	/** A new password is set by administrators; every user chooses their own mails. */
	static Stream<Row> passwordsAndMailChoices() {
		return Stream.of(
				rows(403, CallsOrganisationsAndUsersRefusals.NOT_ADMINS, "PUT", "/api/v1/users/{user}/password",
						"json:password"),
				row(422, "admin", "PUT", "/api/v1/users/{user}/password", "json:short-password"),
				row(401, null, "PUT", "/api/v1/users/{user}/password", "json:password"),
				rows(200, List.of("lead", "council", "reader"), "GET", "/api/v1/account/mail"),
				rows(200, List.of("reader"), "PUT", "/api/v1/account/mail", "json:mail"),
				row(401, null, "GET", "/api/v1/account/mail"),
				row(401, null, "PUT", "/api/v1/account/mail", "json:mail"))
			.flatMap(s -> s);
	}

	/** Officers keep the reasons for rejection and the areas; a council member declares jäv on their own reviews. */
	static Stream<Row> reasonsConflictsAndAreas() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "POST", "/api/v1/assessments/reason-categories", "json:reason-category"),
				rows(403, u, "PUT", "/api/v1/assessments/reason-categories/{reason}", "json:reason-category"),
				row(422, "officer", "POST", "/api/v1/assessments/reason-categories", "json:blank-reason-category"),
				row(422, "officer", "PUT", "/api/v1/assessments/reason-categories/{reason}",
						"json:blank-reason-category"),
				row(401, null, "POST", "/api/v1/assessments/reason-categories", "json:reason-category"),
				rows(403, CouncilAllocationAndKnowledgeRefusals.NOT_COUNCIL, "POST",
						"/api/v1/council/{submitted}/conflict", "json:conflict"),
				// The lead district's own council member was not assigned the application: it does not exist for them.
				row(404, "council", "POST", "/api/v1/council/{submitted}/conflict", "json:conflict"),
				row(401, null, "POST", "/api/v1/council/{submitted}/conflict", "json:conflict"),
				rows(403, u, "POST", "/api/v1/knowledge/areas", "json:new-area"),
				rows(403, u, "PUT", "/api/v1/knowledge/areas/{area}", "json:area-label"),
				rows(403, u, "POST", "/api/v1/knowledge/areas/{area}/retire"),
				rows(403, u, "POST", "/api/v1/knowledge/areas/{area}/reinstate"),
				rows(403, u, "DELETE", "/api/v1/knowledge/areas/{area}"),
				row(422, "officer", "POST", "/api/v1/knowledge/areas", "json:bad-area"),
				row(422, "admin", "PUT", "/api/v1/knowledge/areas/{area}", "json:bad-area"),
				row(401, null, "DELETE", "/api/v1/knowledge/areas/{area}"),
				rows(403, u, "DELETE", "/api/v1/knowledge/{kDraft}/attachments/{kDraftFile}"),
				// Another item's file is not this item's: nothing is removed.
				row(404, "officer", "DELETE", "/api/v1/knowledge/{kItem}/attachments/{kDraftFile}"),
				row(401, null, "DELETE", "/api/v1/knowledge/{kDraft}/attachments/{kDraftFile}"))
			.flatMap(s -> s);
	}

	/** The bodies of {@link GrantAndMailEndpointsRefuseIT} with those {@link #grantRows()} sends. */
	static Map<String, String> grantBodies(Map<String, String> bodies) {
		var all = new HashMap<>(bodies);
		all.put("json:status", "{\"status\":\"IN_PROGRESS\"}");
		all.put("json:bad-status", "{\"status\":\"GODKAND\"}");
		return all;
	}

	/** Officers close a grant; they alone see, before recording a decision, whom its mails reach. */
	static Stream<GrantAndMailEndpointsRefuseIT.Row> grantRows() {
		String status = "/api/v1/grants/{grant}/status";
		String notices = "/api/v1/decision-documents/{decision}/notices";
		return Stream.of(
				grantRowsFor(403, GrantAndMailEndpointsRefuseIT.APPLICANTS, "PUT", status, "json:status"),
				// The role is refused before the value is judged, so an applicant learns nothing from a wrong one.
				grantRowsFor(403, GrantAndMailEndpointsRefuseIT.APPLICANTS, "PUT", status, "json:bad-status"),
				grantRowsFor(403, GrantAndMailEndpointsRefuseIT.NO_GRANT_ROLE, "PUT", status, "json:status"),
				grantRowsFor(422, List.of("officer", "admin"), "PUT", status, "json:bad-status"),
				grantRowsFor(401, NOBODY, "PUT", status, "json:status"),
				grantRowsFor(403, List.of("lead", "other", "council", "reader", "attestant", "attestant2"), "GET",
						notices, null),
				grantRowsFor(200, List.of("officer", "admin"), "GET", notices, null),
				grantRowsFor(401, NOBODY, "GET", notices, null))
			.flatMap(s -> s);
	}

	private static Stream<GrantAndMailEndpointsRefuseIT.Row> grantRowsFor(int status, List<String> users, String method,
			String path, String body) {
		return users.stream().map(u -> new GrantAndMailEndpointsRefuseIT.Row(status, u, method, path, body));
	}
}
