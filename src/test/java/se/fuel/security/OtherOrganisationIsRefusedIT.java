package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Every endpoint, page and API, refuses a user of another organisation (404: the object does not exist for them) and
 * a role that may not act (403). Each row is one request: who asks, what, and the status they must get. Who asks is
 * one of the test's own {@link People}: {@code lead} and {@code other}, applicants of two districts of its own,
 * {@code council} (of the lead district), {@code reader}, {@code attestant}, {@code attestant2}, {@code officer} and
 * {@code admin}. Paths name the objects made in {@link #objects()}: {draft} a draft of the lead district,
 * {draftFile} its attachment, {submitted} a submitted application of the lead district, {joint} a draft of the lead
 * district with the other as partner and {jointFile} its attachment, {otherDraft} a draft of the other district,
 * {lum} an open published call, {draftCall} an unpublished call, {org} an organisation, {user} a user account,
 * {event} a competence event, {import} a rejected import of assistance figures, {year} the year of the test's call,
 * {comparedYear} a year of assistance figures for districts of its own.
 * The rows of calls, programmes, organisations and user accounts are in {@link CallsOrganisationsAndUsersRefusals},
 * the statistics and events rows in {@link StatisticsRefusals}, those of assessment, allocation, decisions, the
 * knowledge bank, calls list, mail choices and annual report in {@link DecisionsAndKnowledgeRefusals}, those of
 * changing assessments and allocations, the council, histories and the knowledge bank's areas, index and new items
 * in {@link CouncilAllocationAndKnowledgeRefusals}, those of knowledge items, methods and subscriptions in
 * {@link KnowledgeItemRefusals}. A body
 * "csv:..." is sent as text/csv.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherOrganisationIsRefusedIT {

	/** Roles that have nothing to do with applications: council (of the lead district itself), reader, attestant. */
	static final List<String> NO_APPLICATION_ROLE = List.of("council", "reader", "attestant");

	static final List<String> NOT_OFFICERS = List.of("lead", "other", "council", "reader", "attestant");

	static final String APPLICATION_JSON = "json:application";

	static final String EDIT_FORM = "title=Kapat&action=save";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Organisations organisations;

	@Autowired
	KnowledgeBank knowledge;

	final Map<String, String> ids = new HashMap<>();

	final Map<String, String> bodies = new HashMap<>();

	final String draftTitle = "Hemligt utkast " + Fixtures.unique();

	final String jointTitle = "Gemensamt " + Fixtures.unique();

	People people;

	TableRequests requests;

	@BeforeAll
	void objects() throws Exception {
		people = People.of(data);
		requests = new TableRequests(people, users, ids, bodies);
		var fixtures = new Fixtures(mvc, users);
		int year = cycle.year();
		UUID lum = cycle.call(year);
		String lead = people.lead();
		String other = people.other();
		String officer = people.officer();
		ids.put("year", Integer.toString(year));
		ids.put("lum", lum.toString());
		ids.put("draft", fixtures.created(lead, "/api/v1/applications",
				Fixtures.application(lum, year, draftTitle, 100_000, List.of())));
		ids.put("draftFile", fixtures.attachment(lead, ids.get("draft")));
		ids.put("submitted", fixtures.submitted(lead, fixtures.created(lead, "/api/v1/applications",
				Fixtures.application(lum, year, "Inskickad " + Fixtures.unique(), 100_000, List.of()))));
		ids.put("joint", fixtures.created(lead, "/api/v1/applications",
				Fixtures.application(lum, year, jointTitle, 100_000, List.of(people.otherDistrict()))));
		ids.put("jointFile", fixtures.attachment(lead, ids.get("joint")));
		ids.put("otherDraft", fixtures.created(other, "/api/v1/applications",
				Fixtures.application(lum, year, "Den andras egen " + Fixtures.unique(), 100_000, List.of())));
		ids.put("draftCall", fixtures.created(officer, "/api/v1/calls",
				Fixtures.call("Opublicerad " + Fixtures.unique(), cycle.year(), false)));
		String code = "sak-" + Fixtures.unique();
		ids.put("org", fixtures.created(officer, "/api/v1/organisations",
				Fixtures.organisation(code, "Säkerhetsföreningen " + code)));
		ids.put("user", fixtures.created(people.admin(), "/api/v1/users",
				Fixtures.user("sak." + Fixtures.unique(), people.leadDistrict())));
		bodies.put(APPLICATION_JSON, Fixtures.application(lum, year, "Kapad " + Fixtures.unique(), 100_000, List.of()));
		bodies.put("json:call", Fixtures.call("Kapad " + Fixtures.unique(), year, true));
		bodies.put("json:organisation", Fixtures.organisation(code, "Kapad"));
		bodies.put("json:user", Fixtures.user("kapad." + Fixtures.unique(), people.leadDistrict()));
		bodies.put("json:programme", "{\"code\":\"K" + Fixtures.unique().substring(0, 6)
				+ "\",\"name\":\"Kapat\",\"form\":\"PROJECT\"}");
		bodies.put("json:return", "{\"message\":\"Komplettera\"}");
		bodies.put("json:blank-return", "{\"message\":\" \"}");
		String event = "{\"date\":\"2025-04-02\",\"title\":\"Säkerhetsseminarium " + Fixtures.unique()
				+ "\",\"kind\":\"SEMINAR\",\"otherParticipants\":3}";
		ids.put("event", fixtures.created(officer, "/api/v1/events", event));
		ids.put("import", fixtures.rejectedImport(officer));
		int comparedYear = cycle.year();
		fixtures.comparableYear(officer, Stream.of(people.leadDistrict(), people.otherDistrict(), data.district(),
				data.district()).map(d -> organisations.find(d).orElseThrow().code()).toList(), comparedYear);
		ids.put("comparedYear", Integer.toString(comparedYear));
		bodies.put("json:event", event);
		bodies.put("json:ratings", "{\"10\":1}");
		// A reason category and a knowledge area every database has from its migrations.
		ids.put("reason", "7a1c0e2e-5b1f-4c8e-9d10-000000000001");
		ids.put("area", "socialmedicin");
		bodies.put("json:assessment", """
				{"criteria":[{"met":true,"motivation":"Kapad"}],"priorityAreas":[],"recommendation":"GRANT"}""");
		bodies.put("json:members", "{\"memberIds\":[]}");
		bodies.put("json:scores", "{\"scores\":[5],\"comments\":[\"Kapad\"]}");
		bodies.put("json:amount", "{\"amount\":1}");
		bodies.put("json:texts", "{}");
		bodies.put("json:empty", "{}");
		KnowledgeItemRefusals.objects(knowledge, data, fixtures, people, year, ids, bodies);
		NotificationRefusals.objects(mvc, fixtures, people, lum, year, ids);
		ApiParityRefusals.objects(bodies);
	}

	/** One request of the table; its name is what the test report shows. */
	record Row(int status, String user, String method, String path, String body) {

		@Override
		public String toString() {
			return user + " " + method + " " + path + (body == null ? "" : " [" + body + "]") + " -> " + status;
		}
	}

	static Stream<Row> rows(int status, List<String> users, String method, String path, String body) {
		return users.stream().map(u -> new Row(status, u, method, path, body));
	}

	static Stream<Row> rows(int status, List<String> users, String method, String path) {
		return rows(status, users, method, path, null);
	}

	static Stream<Row> row(int status, String user, String method, String path, String body) {
		return Stream.of(new Row(status, user, method, path, body));
	}

	static Stream<Row> row(int status, String user, String method, String path) {
		return row(status, user, method, path, null);
	}

	/** Another organisation's applicant: the other district asks for the lead district's application. */
	static Stream<Row> anotherOrganisation() {
		return Stream.of(
				row(404, "other", "GET", "/applications/{draft}"),
				row(404, "other", "GET", "/applications/{draft}/edit"),
				row(404, "other", "POST", "/applications/{draft}/edit", EDIT_FORM),
				row(404, "other", "POST", "/applications/{draft}/edit", "title=Kapat&action=submit"),
				row(404, "other", "POST", "/applications/{draft}/edit", "action=addLine"),
				row(302, "officer", "POST", "/applications/{draft}/edit", "action=addLine"),
				row(404, "other", "POST", "/applications/{draft}/withdraw"),
				row(404, "other", "GET", "/applications/{submitted}"),
				row(404, "other", "GET", "/applications/{submitted}/receipt"),
				row(404, "other", "UPLOAD", "/applications/{draft}/attachments"),
				row(404, "other", "GET", "/applications/{draft}/attachments/{draftFile}"),
				row(404, "other", "POST", "/applications/{draft}/attachments/{draftFile}/delete"),
				// The lead district's attachment reached through the other district's own application.
				row(404, "other", "GET", "/applications/{otherDraft}/attachments/{draftFile}"),
				row(404, "other", "POST", "/applications/{otherDraft}/attachments/{draftFile}/delete"),
				row(404, "other", "GET", "/api/v1/applications/{draft}"),
				row(404, "other", "GET", "/api/v1/applications/{submitted}"),
				row(404, "other", "PUT", "/api/v1/applications/{draft}", APPLICATION_JSON),
				row(404, "other", "POST", "/api/v1/applications/{draft}/submit"),
				row(404, "other", "POST", "/api/v1/applications/{draft}/withdraw"),
				// Returning is an officer's act: the role is refused before the object is looked at.
				row(403, "other", "POST", "/applications/{submitted}/return", "message=Komplettera"),
				row(403, "other", "POST", "/api/v1/applications/{submitted}/return", "json:return"),
				// The lead district itself never returns its own application.
				row(403, "lead", "POST", "/applications/{submitted}/return", "message=Komplettera"),
				row(403, "lead", "POST", "/api/v1/applications/{submitted}/return", "json:return"),
				// An unpublished call cannot be applied to: it does not exist for an applicant.
				row(404, "lead", "GET", "/applications/new?callId={draftCall}"),
				row(404, "lead", "POST", "/applications/new?callId={draftCall}", EDIT_FORM))
			.flatMap(s -> s);
	}

	/** Council member (of the lead district itself), reader and attestant have no part in applications. */
	static Stream<Row> rolesWithoutApplications() {
		var u = NO_APPLICATION_ROLE;
		return Stream.of(
				rows(403, u, "GET", "/applications"),
				rows(403, u, "GET", "/applications/new?callId={lum}"),
				rows(403, u, "POST", "/applications/new?callId={lum}", EDIT_FORM),
				rows(403, u, "GET", "/applications/{draft}"),
				rows(403, u, "GET", "/applications/{draft}/edit"),
				rows(403, u, "POST", "/applications/{draft}/edit", EDIT_FORM),
				rows(403, u, "POST", "/applications/{draft}/withdraw"),
				rows(403, u, "POST", "/applications/{submitted}/return", "message=Komplettera"),
				rows(403, u, "GET", "/applications/{submitted}/receipt"),
				rows(403, u, "UPLOAD", "/applications/{draft}/attachments"),
				rows(403, u, "GET", "/applications/{draft}/attachments/{draftFile}"),
				rows(403, u, "POST", "/applications/{draft}/attachments/{draftFile}/delete"),
				rows(403, u, "GET", "/api/v1/applications"),
				rows(403, u, "POST", "/api/v1/applications", APPLICATION_JSON),
				rows(403, u, "GET", "/api/v1/applications/{draft}"),
				rows(403, u, "PUT", "/api/v1/applications/{draft}", APPLICATION_JSON),
				rows(403, u, "POST", "/api/v1/applications/{draft}/submit"),
				rows(403, u, "POST", "/api/v1/applications/{draft}/withdraw"),
				rows(403, u, "POST", "/api/v1/applications/{submitted}/return", "json:return"))
			.flatMap(s -> s);
	}

	/** Officers read every application but do not write an applicant's: only the lead organisation does. */
	static Stream<Row> officersDoNotWriteApplications() {
		var u = List.of("officer", "admin");
		return Stream.of(
				rows(403, u, "GET", "/applications/new?callId={lum}"),
				rows(403, u, "POST", "/applications/new?callId={lum}", EDIT_FORM),
				rows(403, u, "POST", "/applications/{draft}/edit", EDIT_FORM),
				rows(403, u, "POST", "/applications/{draft}/withdraw"),
				rows(403, u, "UPLOAD", "/applications/{draft}/attachments"),
				rows(403, u, "POST", "/applications/{draft}/attachments/{draftFile}/delete"),
				rows(403, u, "POST", "/api/v1/applications", APPLICATION_JSON),
				rows(403, u, "PUT", "/api/v1/applications/{draft}", APPLICATION_JSON),
				rows(403, u, "POST", "/api/v1/applications/{draft}/submit"),
				rows(403, u, "POST", "/api/v1/applications/{draft}/withdraw"))
			.flatMap(s -> s);
	}

	/** A partner organisation reads the joint application and its files but changes nothing. */
	static Stream<Row> partnerReadsButDoesNotEdit() {
		return Stream.of(
				row(200, "other", "GET", "/applications/{joint}"),
				row(200, "other", "GET", "/applications/{joint}/attachments/{jointFile}"),
				row(200, "other", "GET", "/api/v1/applications/{joint}"),
				row(302, "other", "GET", "/applications/{joint}/edit"),
				row(403, "other", "POST", "/applications/{joint}/edit", EDIT_FORM),
				row(403, "other", "POST", "/applications/{joint}/edit", "title=Kapat&action=submit"),
				row(403, "other", "POST", "/applications/{joint}/withdraw"),
				row(403, "other", "UPLOAD", "/applications/{joint}/attachments"),
				row(403, "other", "POST", "/applications/{joint}/attachments/{jointFile}/delete"),
				row(403, "other", "PUT", "/api/v1/applications/{joint}", APPLICATION_JSON),
				row(403, "other", "POST", "/api/v1/applications/{joint}/submit"),
				row(403, "other", "POST", "/api/v1/applications/{joint}/withdraw"))
			.flatMap(s -> s);
	}

	/**
	 * The rightful user gets past the same gate with the same kind of request (harmless ones: a form re-rendered, bad
	 * input refused with 422), so the refusals above come from the rule and not from a missing CSRF token or sign-in.
	 */
	static Stream<Row> rightfulUserGetsThrough() {
		return Stream.of(
				row(200, "lead", "GET", "/applications/{draft}"),
				row(200, "lead", "GET", "/applications/{draft}/edit"),
				row(200, "lead", "POST", "/applications/{draft}/edit", "action=addLine"),
				row(200, "lead", "GET", "/applications/{draft}/attachments/{draftFile}"),
				row(200, "lead", "GET", "/applications/{submitted}/receipt"),
				row(200, "lead", "GET", "/api/v1/applications/{draft}"),
				row(200, "officer", "GET", "/applications/{draft}"),
				row(200, "officer", "GET", "/applications/{draft}/attachments/{draftFile}"),
				row(200, "officer", "GET", "/api/v1/applications/{draft}"),
				row(422, "officer", "POST", "/applications/{submitted}/return", "message= "),
				row(422, "officer", "POST", "/api/v1/applications/{submitted}/return", "json:blank-return"),
				row(200, "officer", "GET", "/calls/{draftCall}"),
				row(200, "officer", "GET", "/calls/{draftCall}/edit"),
				row(422, "officer", "POST", "/calls", "title=Kapad"),
				row(422, "officer", "POST", "/programmes", "code=&name=&form=PROJECT"),
				row(200, "officer", "GET", "/organisations/{org}/edit"),
				row(422, "officer", "POST", "/organisations", "code=&name="),
				row(200, "admin", "GET", "/admin/users/{user}/edit"),
				row(422, "admin", "POST", "/admin/users", "username=&displayName="),
				row(200, "admin", "GET", "/api/v1/users/{user}"))
			.flatMap(s -> s);
	}

	/** Nobody signed in: pages send to the login page, the API answers 401. */
	static Stream<Row> anonymous() {
		List<String> nobody = java.util.Collections.singletonList(null);
		return Stream.of(
				rows(302, nobody, "GET", "/"),
				rows(302, nobody, "GET", "/applications"),
				rows(302, nobody, "GET", "/applications/{draft}"),
				rows(302, nobody, "POST", "/applications/{draft}/withdraw"),
				rows(302, nobody, "GET", "/applications/{draft}/attachments/{draftFile}"),
				rows(302, nobody, "GET", "/calls/{draftCall}"),
				rows(302, nobody, "GET", "/organisations/{org}"),
				rows(302, nobody, "GET", "/admin/users/{user}"),
				rows(401, nobody, "GET", "/api/v1/applications/{draft}"),
				rows(401, nobody, "PUT", "/api/v1/applications/{draft}", APPLICATION_JSON),
				rows(401, nobody, "POST", "/api/v1/applications", APPLICATION_JSON),
				rows(401, nobody, "POST", "/api/v1/applications/{draft}/submit"),
				rows(401, nobody, "GET", "/api/v1/calls"),
				rows(401, nobody, "PUT", "/api/v1/calls/{draftCall}", "json:call"),
				rows(401, nobody, "GET", "/api/v1/programmes"),
				rows(401, nobody, "GET", "/api/v1/organisations"),
				rows(401, nobody, "GET", "/api/v1/organisations/{org}"),
				rows(401, nobody, "GET", "/api/v1/users"))
			.flatMap(s -> s);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "anotherOrganisation", "rolesWithoutApplications", "officersDoNotWriteApplications",
			"partnerReadsButDoesNotEdit", "anonymous", "rightfulUserGetsThrough",
			"se.fuel.security.CallsOrganisationsAndUsersRefusals#callsAreWrittenByOfficersOnly",
			"se.fuel.security.CallsOrganisationsAndUsersRefusals#organisationsAreKeptByOfficersOnly",
			"se.fuel.security.CallsOrganisationsAndUsersRefusals#usersAreAdministeredByAdminsOnly",
			"se.fuel.security.StatisticsRefusals#fundStatisticsRefuseCouncilMembers",
			"se.fuel.security.StatisticsRefusals#publishedFiguresAreReadByEveryone",
			"se.fuel.security.StatisticsRefusals#comparisonAndImportsAreForOfficers",
			"se.fuel.security.StatisticsRefusals#eventsAreChangedByOfficersOnly",
			"se.fuel.security.StatisticsRefusals#officersGetThroughTheStatisticsGates",
			"se.fuel.security.StatisticsRefusals#anonymousStatistics",
			"se.fuel.security.DecisionsAndKnowledgeRefusals#assessmentsAreForOfficers",
			"se.fuel.security.DecisionsAndKnowledgeRefusals#allocationIsForOfficers",
			"se.fuel.security.DecisionsAndKnowledgeRefusals#decisionsReachTheirOwn",
			"se.fuel.security.DecisionsAndKnowledgeRefusals#knowledgeIsWrittenByOfficers",
			"se.fuel.security.DecisionsAndKnowledgeRefusals#callsMailAndAnnualReport",
			"se.fuel.security.DecisionsAndKnowledgeRefusals#anonymous",
			"se.fuel.security.CouncilAllocationAndKnowledgeRefusals#assessingIsForOfficers",
			"se.fuel.security.CouncilAllocationAndKnowledgeRefusals#councilReviewsAreTheMembersOwn",
			"se.fuel.security.CouncilAllocationAndKnowledgeRefusals#allocationIsChangedByOfficers",
			"se.fuel.security.CouncilAllocationAndKnowledgeRefusals#historiesFollowTheirObject",
			"se.fuel.security.CouncilAllocationAndKnowledgeRefusals#knowledgeIsKeptByOfficers",
			"se.fuel.security.KnowledgeItemRefusals#itemsAreReadWhenPublished",
			"se.fuel.security.KnowledgeItemRefusals#itemsAreWrittenByOfficers",
			"se.fuel.security.KnowledgeItemRefusals#officersGetThroughTheKnowledgeGates",
			"se.fuel.security.KnowledgeItemRefusals#methodsAreChangedByOfficers",
			"se.fuel.security.KnowledgeItemRefusals#subscriptionsAreTheirOwners",
			"se.fuel.security.KnowledgeItemRefusals#anonymous",
			"se.fuel.security.NotificationRefusals#notificationsAreTheirOwners",
			"se.fuel.security.NotificationRefusals#anonymousNotifications",
			"se.fuel.security.ApiParityRefusals#applicationFiles",
			"se.fuel.security.ApiParityRefusals#passwordsAndMailChoices",
			"se.fuel.security.ApiParityRefusals#reasonsConflictsAndAreas" })
	void is_answered_as_the_table_says(Row row) throws Exception {
		int answered = mvc.perform(requests.build(row.user(), row.method(), row.path(), row.body())).andReturn()
			.getResponse().getStatus();
		assertThat(answered).as(row.toString()).isEqualTo(row.status());
	}

	@Test
	void lists_hold_another_organisations_application_only_for_officers_and_partners() throws Exception {
		mvc.perform(get("/applications").with(users.as(people.other())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(draftTitle))))
			.andExpect(content().string(containsString(jointTitle)));
		mvc.perform(get("/api/v1/applications").with(httpBasic(people.other(), TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].title", not(hasItem(draftTitle))))
			.andExpect(jsonPath("$[*].title", hasItem(jointTitle)));
		// Asking for the lead district's applications by filter does not widen what the other district sees.
		mvc.perform(get("/api/v1/applications").param("organisationId", people.leadDistrict().toString())
			.with(httpBasic(people.other(), TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].title", not(hasItem(draftTitle))));
		mvc.perform(get("/api/v1/applications").with(httpBasic(people.officer(), TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].title", hasItem(draftTitle)));
	}

	@Test
	void a_page_post_without_a_csrf_token_is_refused_and_changes_nothing() throws Exception {
		mvc.perform(post("/applications/" + ids.get("draft") + "/withdraw").with(users.as(people.lead())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/calls/" + ids.get("draftCall") + "/publish").param("published", "true")
			.with(users.as(people.officer())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + ids.get("user") + "/password").param("password", "ett nytt långt lösenord")
			.with(users.as(people.admin())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/applications/" + ids.get("draft")).with(httpBasic(people.lead(), TestData.PASSWORD)))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/calls/" + ids.get("draftCall")).with(httpBasic(people.officer(), TestData.PASSWORD)))
			.andExpect(jsonPath("$.published").value(false));
	}
}
