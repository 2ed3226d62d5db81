package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.calls.Calls;
import se.fuel.organisations.Organisations;

/**
 * Every endpoint, page and API, refuses a user of another organisation (404: the object does not exist for them) and
 * a role that may not act (403). Each row is one request: who asks, what, and the status they must get. Paths name
 * the objects made in {@link #objects()}: {farsta} a Farsta draft, {farstaFile} its attachment, {submitted} a Farsta
 * application that is submitted, {joint} a Farsta draft with Södermalm as partner and {jointFile} its attachment,
 * {sodermalm} a Södermalm draft, {lum} an open published call, {draftCall} an unpublished call, {org} an
 * organisation, {user} a user account, {event} a competence event, {import} a rejected import of assistance figures.
 * The statistics and events rows are in {@link StatisticsRefusals}, those of assessment, allocation, decisions, the
 * knowledge bank, calls list, mail choices and annual report in {@link DecisionsAndKnowledgeRefusals}. A body "csv:..." is sent as text/csv.
 */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherOrganisationIsRefusedIT {

	/** Roles that have nothing to do with applications: council (of Farsta itself), reader, attestant. */
	static final List<String> NO_APPLICATION_ROLE = List.of("radsledamot", "lasare", "socialdirektor");

	static final List<String> NOT_OFFICERS = List.of("farsta", "sodermalm", "radsledamot", "lasare", "socialdirektor");

	static final List<String> NOT_ADMINS = List.of("farsta", "sodermalm", "handlaggare", "radsledamot", "lasare",
			"socialdirektor", "avdelningschef");

	static final String APPLICATION_JSON = "json:application";

	static final String EDIT_FORM = "title=Kapat&action=save";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	Organisations organisations;

	final Map<String, String> ids = new HashMap<>();

	final Map<String, String> bodies = new HashMap<>();

	final String farstaTitle = "Farstas hemliga " + Fixtures.unique();

	final String jointTitle = "Gemensamt " + Fixtures.unique();

	@BeforeAll
	void objects() throws Exception {
		var fixtures = new Fixtures(mvc, users);
		var lum = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027).findFirst()
			.orElseThrow();
		var sodermalm = organisations.findByCode("sodermalm").orElseThrow().id();
		var farsta = organisations.findByCode("farsta").orElseThrow().id();
		ids.put("lum", lum.id().toString());
		ids.put("farsta", fixtures.created("farsta", "/api/v1/applications",
				Fixtures.application(lum.id(), farstaTitle, 100_000, List.of())));
		ids.put("farstaFile", fixtures.attachment("farsta", ids.get("farsta")));
		ids.put("submitted", fixtures.submitted("farsta", fixtures.created("farsta", "/api/v1/applications",
				Fixtures.application(lum.id(), "Farstas inskickade " + Fixtures.unique(), 100_000, List.of()))));
		ids.put("joint", fixtures.created("farsta", "/api/v1/applications",
				Fixtures.application(lum.id(), jointTitle, 100_000, List.of(sodermalm))));
		ids.put("jointFile", fixtures.attachment("farsta", ids.get("joint")));
		ids.put("sodermalm", fixtures.created("sodermalm", "/api/v1/applications",
				Fixtures.application(lum.id(), "Södermalms egen " + Fixtures.unique(), 100_000, List.of())));
		ids.put("draftCall", fixtures.created("handlaggare", "/api/v1/calls",
				Fixtures.call("Opublicerad " + Fixtures.unique(), false)));
		String code = "sak-" + Fixtures.unique();
		ids.put("org", fixtures.created("handlaggare", "/api/v1/organisations",
				Fixtures.organisation(code, "Säkerhetsföreningen " + code)));
		ids.put("user", fixtures.created("admin", "/api/v1/users", Fixtures.user("sak." + Fixtures.unique(), farsta)));
		bodies.put(APPLICATION_JSON,
				Fixtures.application(lum.id(), "Kapad " + Fixtures.unique(), 100_000, List.of()));
		bodies.put("json:call", Fixtures.call("Kapad " + Fixtures.unique(), true));
		bodies.put("json:organisation", Fixtures.organisation(code, "Kapad"));
		bodies.put("json:user", Fixtures.user("kapad." + Fixtures.unique(), farsta));
		bodies.put("json:programme", "{\"code\":\"K" + Fixtures.unique().substring(0, 6)
				+ "\",\"name\":\"Kapat\",\"form\":\"PROJECT\"}");
		bodies.put("json:return", "{\"message\":\"Komplettera\"}");
		bodies.put("json:blank-return", "{\"message\":\" \"}");
		String event = "{\"date\":\"2025-04-02\",\"title\":\"Säkerhetsseminarium " + Fixtures.unique()
				+ "\",\"kind\":\"SEMINAR\",\"otherParticipants\":3}";
		ids.put("event", fixtures.created("handlaggare", "/api/v1/events", event));
		ids.put("import", fixtures.rejectedImport("handlaggare"));
		bodies.put("json:event", event);
		bodies.put("json:ratings", "{\"10\":1}");
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

	/** Another organisation's applicant: Södermalm asks for Farsta's application. */
	static Stream<Row> anotherOrganisation() {
		return Stream.of(
				row(404, "sodermalm", "GET", "/applications/{farsta}"),
				row(404, "sodermalm", "GET", "/applications/{farsta}/edit"),
				row(404, "sodermalm", "POST", "/applications/{farsta}/edit", EDIT_FORM),
				row(404, "sodermalm", "POST", "/applications/{farsta}/edit", "title=Kapat&action=submit"),
				row(404, "sodermalm", "POST", "/applications/{farsta}/edit", "action=addLine"),
				row(302, "handlaggare", "POST", "/applications/{farsta}/edit", "action=addLine"),
				row(404, "sodermalm", "POST", "/applications/{farsta}/withdraw"),
				row(404, "sodermalm", "GET", "/applications/{submitted}"),
				row(404, "sodermalm", "GET", "/applications/{submitted}/receipt"),
				row(404, "sodermalm", "UPLOAD", "/applications/{farsta}/attachments"),
				row(404, "sodermalm", "GET", "/applications/{farsta}/attachments/{farstaFile}"),
				row(404, "sodermalm", "POST", "/applications/{farsta}/attachments/{farstaFile}/delete"),
				// Farsta's attachment reached through Södermalm's own application.
				row(404, "sodermalm", "GET", "/applications/{sodermalm}/attachments/{farstaFile}"),
				row(404, "sodermalm", "POST", "/applications/{sodermalm}/attachments/{farstaFile}/delete"),
				row(404, "sodermalm", "GET", "/api/v1/applications/{farsta}"),
				row(404, "sodermalm", "GET", "/api/v1/applications/{submitted}"),
				row(404, "sodermalm", "PUT", "/api/v1/applications/{farsta}", APPLICATION_JSON),
				row(404, "sodermalm", "POST", "/api/v1/applications/{farsta}/submit"),
				row(404, "sodermalm", "POST", "/api/v1/applications/{farsta}/withdraw"),
				// Returning is an officer's act: the role is refused before the object is looked at.
				row(403, "sodermalm", "POST", "/applications/{submitted}/return", "message=Komplettera"),
				row(403, "sodermalm", "POST", "/api/v1/applications/{submitted}/return", "json:return"),
				// Farsta itself never returns its own application.
				row(403, "farsta", "POST", "/applications/{submitted}/return", "message=Komplettera"),
				row(403, "farsta", "POST", "/api/v1/applications/{submitted}/return", "json:return"),
				// An unpublished call cannot be applied to: it does not exist for an applicant.
				row(404, "farsta", "GET", "/applications/new?callId={draftCall}"),
				row(404, "farsta", "POST", "/applications/new?callId={draftCall}", EDIT_FORM))
			.flatMap(s -> s);
	}

	/** Council member (of Farsta itself), reader and attestant have no part in applications. */
	static Stream<Row> rolesWithoutApplications() {
		var u = NO_APPLICATION_ROLE;
		return Stream.of(
				rows(403, u, "GET", "/applications"),
				rows(403, u, "GET", "/applications/new?callId={lum}"),
				rows(403, u, "POST", "/applications/new?callId={lum}", EDIT_FORM),
				rows(403, u, "GET", "/applications/{farsta}"),
				rows(403, u, "GET", "/applications/{farsta}/edit"),
				rows(403, u, "POST", "/applications/{farsta}/edit", EDIT_FORM),
				rows(403, u, "POST", "/applications/{farsta}/withdraw"),
				rows(403, u, "POST", "/applications/{submitted}/return", "message=Komplettera"),
				rows(403, u, "GET", "/applications/{submitted}/receipt"),
				rows(403, u, "UPLOAD", "/applications/{farsta}/attachments"),
				rows(403, u, "GET", "/applications/{farsta}/attachments/{farstaFile}"),
				rows(403, u, "POST", "/applications/{farsta}/attachments/{farstaFile}/delete"),
				rows(403, u, "GET", "/api/v1/applications"),
				rows(403, u, "POST", "/api/v1/applications", APPLICATION_JSON),
				rows(403, u, "GET", "/api/v1/applications/{farsta}"),
				rows(403, u, "PUT", "/api/v1/applications/{farsta}", APPLICATION_JSON),
				rows(403, u, "POST", "/api/v1/applications/{farsta}/submit"),
				rows(403, u, "POST", "/api/v1/applications/{farsta}/withdraw"),
				rows(403, u, "POST", "/api/v1/applications/{submitted}/return", "json:return"))
			.flatMap(s -> s);
	}

	/** Officers read every application but do not write an applicant's: only the lead organisation does. */
	static Stream<Row> officersDoNotWriteApplications() {
		var u = List.of("handlaggare", "admin");
		return Stream.of(
				rows(403, u, "GET", "/applications/new?callId={lum}"),
				rows(403, u, "POST", "/applications/new?callId={lum}", EDIT_FORM),
				rows(403, u, "POST", "/applications/{farsta}/edit", EDIT_FORM),
				rows(403, u, "POST", "/applications/{farsta}/withdraw"),
				rows(403, u, "UPLOAD", "/applications/{farsta}/attachments"),
				rows(403, u, "POST", "/applications/{farsta}/attachments/{farstaFile}/delete"),
				rows(403, u, "POST", "/api/v1/applications", APPLICATION_JSON),
				rows(403, u, "PUT", "/api/v1/applications/{farsta}", APPLICATION_JSON),
				rows(403, u, "POST", "/api/v1/applications/{farsta}/submit"),
				rows(403, u, "POST", "/api/v1/applications/{farsta}/withdraw"))
			.flatMap(s -> s);
	}

	/** A partner organisation reads the joint application and its files but changes nothing. */
	static Stream<Row> partnerReadsButDoesNotEdit() {
		return Stream.of(
				row(200, "sodermalm", "GET", "/applications/{joint}"),
				row(200, "sodermalm", "GET", "/applications/{joint}/attachments/{jointFile}"),
				row(200, "sodermalm", "GET", "/api/v1/applications/{joint}"),
				row(302, "sodermalm", "GET", "/applications/{joint}/edit"),
				row(403, "sodermalm", "POST", "/applications/{joint}/edit", EDIT_FORM),
				row(403, "sodermalm", "POST", "/applications/{joint}/edit", "title=Kapat&action=submit"),
				row(403, "sodermalm", "POST", "/applications/{joint}/withdraw"),
				row(403, "sodermalm", "UPLOAD", "/applications/{joint}/attachments"),
				row(403, "sodermalm", "POST", "/applications/{joint}/attachments/{jointFile}/delete"),
				row(403, "sodermalm", "PUT", "/api/v1/applications/{joint}", APPLICATION_JSON),
				row(403, "sodermalm", "POST", "/api/v1/applications/{joint}/submit"),
				row(403, "sodermalm", "POST", "/api/v1/applications/{joint}/withdraw"))
			.flatMap(s -> s);
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

	/**
	 * The rightful user gets past the same gate with the same kind of request (harmless ones: a form re-rendered, bad
	 * input refused with 422), so the refusals above come from the rule and not from a missing CSRF token or sign-in.
	 */
	static Stream<Row> rightfulUserGetsThrough() {
		return Stream.of(
				row(200, "farsta", "GET", "/applications/{farsta}"),
				row(200, "farsta", "GET", "/applications/{farsta}/edit"),
				row(200, "farsta", "POST", "/applications/{farsta}/edit", "action=addLine"),
				row(200, "farsta", "GET", "/applications/{farsta}/attachments/{farstaFile}"),
				row(200, "farsta", "GET", "/applications/{submitted}/receipt"),
				row(200, "farsta", "GET", "/api/v1/applications/{farsta}"),
				row(200, "handlaggare", "GET", "/applications/{farsta}"),
				row(200, "handlaggare", "GET", "/applications/{farsta}/attachments/{farstaFile}"),
				row(200, "handlaggare", "GET", "/api/v1/applications/{farsta}"),
				row(422, "handlaggare", "POST", "/applications/{submitted}/return", "message= "),
				row(422, "handlaggare", "POST", "/api/v1/applications/{submitted}/return", "json:blank-return"),
				row(200, "handlaggare", "GET", "/calls/{draftCall}"),
				row(200, "handlaggare", "GET", "/calls/{draftCall}/edit"),
				row(422, "handlaggare", "POST", "/calls", "title=Kapad"),
				row(422, "handlaggare", "POST", "/programmes", "code=&name=&form=PROJECT"),
				row(200, "handlaggare", "GET", "/organisations/{org}/edit"),
				row(422, "handlaggare", "POST", "/organisations", "code=&name="),
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
				rows(302, nobody, "GET", "/applications/{farsta}"),
				rows(302, nobody, "POST", "/applications/{farsta}/withdraw"),
				rows(302, nobody, "GET", "/applications/{farsta}/attachments/{farstaFile}"),
				rows(302, nobody, "GET", "/calls/{draftCall}"),
				rows(302, nobody, "GET", "/organisations/{org}"),
				rows(302, nobody, "GET", "/admin/users/{user}"),
				rows(401, nobody, "GET", "/api/v1/applications/{farsta}"),
				rows(401, nobody, "PUT", "/api/v1/applications/{farsta}", APPLICATION_JSON),
				rows(401, nobody, "POST", "/api/v1/applications", APPLICATION_JSON),
				rows(401, nobody, "POST", "/api/v1/applications/{farsta}/submit"),
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
			"partnerReadsButDoesNotEdit", "callsAreWrittenByOfficersOnly", "organisationsAreKeptByOfficersOnly",
			"usersAreAdministeredByAdminsOnly", "anonymous", "rightfulUserGetsThrough",
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
			"se.fuel.security.DecisionsAndKnowledgeRefusals#anonymous" })
	void is_answered_as_the_table_says(Row row) throws Exception {
		int answered = mvc.perform(build(row)).andReturn().getResponse().getStatus();
		assertThat(answered).as(row.toString()).isEqualTo(row.status());
	}

	@Test
	void lists_hold_another_organisations_application_only_for_officers_and_partners() throws Exception {
		mvc.perform(get("/applications").with(users.as("sodermalm")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(farstaTitle))))
			.andExpect(content().string(containsString(jointTitle)));
		mvc.perform(get("/api/v1/applications").with(httpBasic("sodermalm", "demo")))
			.andExpect(jsonPath("$[*].title", not(hasItem(farstaTitle))))
			.andExpect(jsonPath("$[*].title", hasItem(jointTitle)));
		// Asking for Farsta's applications by filter does not widen what Södermalm sees.
		mvc.perform(get("/api/v1/applications").param("organisationId",
				organisations.findByCode("farsta").orElseThrow().id().toString()).with(httpBasic("sodermalm", "demo")))
			.andExpect(jsonPath("$[*].title", not(hasItem(farstaTitle))));
		mvc.perform(get("/api/v1/applications").with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$[*].title", hasItem(farstaTitle)));
	}

	@Test
	void a_page_post_without_a_csrf_token_is_refused_and_changes_nothing() throws Exception {
		mvc.perform(post("/applications/" + ids.get("farsta") + "/withdraw").with(users.as("farsta")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/calls/" + ids.get("draftCall") + "/publish").param("published", "true")
			.with(users.as("handlaggare")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + ids.get("user") + "/password").param("password", "ett nytt långt lösenord")
			.with(users.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/applications/" + ids.get("farsta")).with(httpBasic("farsta", "demo")))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/calls/" + ids.get("draftCall")).with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$.published").value(false));
	}

	private AbstractMockHttpServletRequestBuilder<?> build(Row row) {
		String path = resolve(row.path());
		boolean api = path.startsWith("/api/");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (row.method().equals("UPLOAD")) {
			request = multipart(path).file(new MockMultipartFile("file", "kapad.pdf", "application/pdf", Fixtures.PDF));
		}
		else {
			request = request(HttpMethod.valueOf(row.method()), path);
		}
		if (row.body() != null && row.body().startsWith("csv:")) {
			request.contentType("text/csv").content(row.body().substring(4));
		}
		else if (row.body() != null && row.body().startsWith("json:")) {
			request.contentType(MediaType.APPLICATION_JSON).content(bodies.get(row.body()));
		}
		else if (row.body() != null) {
			for (String pair : row.body().split("&")) {
				String[] kv = pair.split("=", 2);
				request.param(kv[0], kv[1]);
			}
		}
		if (!row.method().equals("GET")) {
			request.with(csrf());
		}
		if (row.user() != null) {
			request.with(api ? httpBasic(row.user(), "demo") : users.as(row.user()));
		}
		return request;
	}

	private String resolve(String template) {
		Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
		var out = new StringBuilder();
		while (m.find()) {
			String id = ids.get(m.group(1));
			if (id == null) {
				throw new IllegalArgumentException("No object named " + m.group(1));
			}
			m.appendReplacement(out, id);
		}
		m.appendTail(out);
		return out.toString();
	}
}
