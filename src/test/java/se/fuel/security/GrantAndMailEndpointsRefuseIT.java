package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.grants.GrantView;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Every page and API endpoint of grant follow-up (grants and mail, issue 4) refuses a user of another organisation
 * (404: the grant does not exist for them) and a role that may not act (403), and lets the rightful user through. Each
 * row is one request, asked by one of the test's own {@link People}. Paths name the objects made in
 * {@link #objects()}: {grant} a grant to the lead district in a round of our own, {decision} the decision document
 * that made it, {application} the granted application, {file} a final report the lead district attached to its
 * report, {mail} a mail in the outbox about the granted application, {unknown} an id of nothing, {year} the round's
 * year. The rows of the decision document and the outcome panel are in {@link DecisionDocumentRefusals}.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantAndMailEndpointsRefuseIT {

	/** Council member (of the lead district itself), reader and attestant have no part in grant follow-up. */
	static final List<String> NO_GRANT_ROLE = List.of("council", "reader", "attestant");

	static final List<String> APPLICANTS = List.of("lead", "other");

	static final List<String> NOBODY = Collections.singletonList(null);

	// The dates in refused requests are never stored: any date will do.
	static final Map<String, String> BODIES = Map.of(
			"json:payment", "{\"paidOn\":\"2048-01-31\",\"amount\":1}",
			"json:notice", "{\"amount\":1,\"note\":\"Kapad\"}",
			"json:report", "{\"whatWasDone\":\"Kapad\",\"lines\":[],\"outcomes\":[]}",
			"json:comment", "{\"comment\":\"Kapad\"}",
			"json:message", "{\"message\":\"Kapad\"}",
			"json:category", "{\"label\":\"Kapad\"}",
			"json:due", "{\"reportDueDate\":\"2050-03-31\",\"reason\":\"Kapad\"}",
			"json:send", "{\"attestantIds\":[]}",
			"json:decision", "{\"decidedOn\":\"2048-01-31\",\"paragraph\":\"§ 9\",\"asProposed\":true}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	JdbcClient jdbc;

	final Map<String, String> ids = new HashMap<>();

	final String title = "Beviljat projekt " + Fixtures.unique();

	People people;

	TableRequests requests;

	int year;

	@BeforeAll
	void objects() throws Exception {
		people = People.of(data);
		requests = new TableRequests(people, users, ids, ApiParityRefusals.grantBodies(BODIES));
		year = cycle.year();
		UUID call = cycle.call(year, 1_000_000, 3);
		UUID application = cycle.submitted(people.lead(), call, year, title, 100_000);
		cycle.recommendGrant(application);
		ids.put("application", application.toString());
		ids.put("decision", cycle.decide(year, "§ 4").toString());
		GrantView grant = cycle.grantOf(year, application);
		ids.put("grant", grant.id().toString());
		ids.put("mail", jdbc.sql("select id from mail_outbox where related_id = ? order by created_at desc limit 1")
			.param(application)
			.query(String.class)
			.single());
		String file = mvc.perform(multipart("/api/v1/grants/" + grant.id() + "/report/attachments")
			.file(new MockMultipartFile("file", "slutrapport.pdf", "application/pdf", Fixtures.PDF))
			.param("kind", "FINAL_REPORT").with(httpBasic(people.lead(), TestData.PASSWORD)).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		ids.put("file", JsonPath.read(file, "$.id"));
		ids.put("unknown", UUID.randomUUID().toString());
		ids.put("year", Integer.toString(year));
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

	/** The other district asks for the lead district's grant: it does not exist for the other. */
	static Stream<Row> anotherOrganisation() {
		var u = List.of("other");
		return Stream.of(
				rows(404, u, "GET", "/grants/{grant}"),
				rows(404, u, "GET", "/grants/{grant}/report"),
				rows(404, u, "POST", "/grants/{grant}/report", "action=save&whatWasDone=Kapad"),
				rows(404, u, "POST", "/grants/{grant}/report", "action=submit"),
				rows(404, u, "POST", "/grants/{grant}/repayment-notice", "amount=1&note=Kapad"),
				rows(404, u, "GET", "/api/v1/grants/{grant}"),
				rows(404, u, "GET", "/api/v1/grants/{grant}/finances"),
				rows(404, u, "GET", "/api/v1/grants/{grant}/reminders"),
				rows(404, u, "GET", "/api/v1/grants/{grant}/report-due-date"),
				rows(404, u, "POST", "/api/v1/grants/{grant}/repayment-notice", "json:notice"),
				rows(404, u, "GET", "/api/v1/grants/{grant}/report"),
				rows(404, u, "PUT", "/api/v1/grants/{grant}/report", "json:report"),
				rows(404, u, "POST", "/api/v1/grants/{grant}/report/submit"),
				rows(404, u, "UPLOAD", "/grants/{grant}/report/attachments", "kind=OTHER"),
				rows(404, u, "GET", "/grants/{grant}/report/attachments/{file}"),
				rows(404, u, "POST", "/grants/{grant}/report/attachments/{file}/delete"),
				rows(404, u, "GET", "/api/v1/grants/{grant}/report/attachments"),
				rows(404, u, "UPLOAD", "/api/v1/grants/{grant}/report/attachments", "kind=OTHER"),
				rows(404, u, "GET", "/api/v1/grants/{grant}/report/attachments/{file}"),
				rows(404, u, "DELETE", "/api/v1/grants/{grant}/report/attachments/{file}"))
			.flatMap(s -> s);
	}

	/** Officers' acts: applicants are refused whoever's grant it is, before the grant is looked at. */
	static Stream<Row> officersOnly() {
		var u = APPLICANTS;
		return Stream.of(
				rows(403, u, "POST", "/grants/{grant}/payments", "paidOn=2048-01-31&amount=1"),
				rows(403, u, "POST", "/grants/{grant}/repayments", "paidOn=2048-01-31&amount=1"),
				rows(403, u, "POST", "/grants/{grant}/status", "action=in-progress"),
				rows(403, u, "POST", "/grants/{grant}/report/approve", "comment=Kapad"),
				rows(403, u, "POST", "/grants/{grant}/report/return", "message=Kapad"),
				rows(403, u, "POST", "/grants/{grant}/report/categories", "label=Kapad"),
				rows(403, u, "GET", "/grants/payments.csv?year={year}"),
				rows(403, u, "GET", "/grants/decisions/{decision}/payments.csv"),
				rows(403, u, "POST", "/api/v1/grants/{grant}/payments", "json:payment"),
				rows(403, u, "POST", "/api/v1/grants/{grant}/repayments", "json:payment"),
				rows(403, u, "POST", "/api/v1/grants/{grant}/report/approve", "json:comment"),
				rows(403, u, "POST", "/api/v1/grants/{grant}/report/return", "json:message"),
				rows(403, u, "POST", "/api/v1/grants/report-categories", "json:category"),
				rows(403, u, "GET", "/api/v1/grants/payments.csv?year={year}"),
				rows(403, u, "GET", "/api/v1/grants/decisions"),
				rows(403, u, "GET", "/api/v1/grants/decisions/{decision}/payments.csv"),
				rows(403, u, "POST", "/grants/{grant}/report-due-date", "reportDueDate=2050-03-31&reason=Kapad"),
				rows(403, u, "POST", "/grants/{grant}/report/coordinator-comment", "comment=Kapad"),
				rows(403, u, "PUT", "/api/v1/grants/{grant}/report-due-date", "json:due"),
				rows(403, u, "PUT", "/api/v1/grants/{grant}/report/coordinator-comment", "json:comment"),
				rows(403, u, "GET", "/mail/outbox"),
				rows(403, u, "GET", "/mail/outbox/{mail}"),
				rows(403, u, "GET", "/api/v1/mail/outbox"))
			.flatMap(s -> s);
	}

	/** The organisation's own acts: an officer neither writes its report nor states its repayment. */
	static Stream<Row> organisationsOnly() {
		var u = List.of("officer");
		return Stream.of(
				rows(403, u, "POST", "/grants/{grant}/report", "action=save&whatWasDone=Kapad"),
				rows(403, u, "POST", "/grants/{grant}/repayment-notice", "amount=1&note=Kapad"),
				rows(403, u, "POST", "/api/v1/grants/{grant}/repayment-notice", "json:notice"),
				rows(403, u, "PUT", "/api/v1/grants/{grant}/report", "json:report"),
				rows(403, u, "POST", "/api/v1/grants/{grant}/report/submit"),
				rows(403, u, "UPLOAD", "/grants/{grant}/report/attachments", "kind=OTHER"),
				rows(403, u, "POST", "/grants/{grant}/report/attachments/{file}/delete"),
				rows(403, u, "UPLOAD", "/api/v1/grants/{grant}/report/attachments", "kind=OTHER"),
				rows(403, u, "DELETE", "/api/v1/grants/{grant}/report/attachments/{file}"))
			.flatMap(s -> s);
	}

	/** Council member, reader and attestant reach no grant, report, payment or outbox. */
	static Stream<Row> rolesWithoutGrants() {
		var u = NO_GRANT_ROLE;
		return Stream.of(
				rows(403, u, "GET", "/grants"),
				rows(403, u, "GET", "/grants/{grant}"),
				rows(403, u, "GET", "/grants/{grant}/report"),
				rows(403, u, "POST", "/grants/{grant}/report", "action=save&whatWasDone=Kapad"),
				rows(403, u, "POST", "/grants/{grant}/repayment-notice", "amount=1&note=Kapad"),
				rows(403, u, "POST", "/grants/{grant}/payments", "paidOn=2048-01-31&amount=1"),
				rows(403, u, "POST", "/grants/{grant}/report/approve", "comment=Kapad"),
				rows(403, u, "GET", "/grants/decisions/{decision}/payments.csv"),
				rows(403, u, "GET", "/api/v1/grants"),
				rows(403, u, "GET", "/api/v1/grants/{grant}"),
				rows(403, u, "GET", "/api/v1/grants/{grant}/finances"),
				rows(403, u, "GET", "/api/v1/grants/{grant}/reminders"),
				rows(403, u, "GET", "/api/v1/grants/{grant}/report-due-date"),
				rows(403, u, "GET", "/api/v1/grants/{grant}/report"),
				rows(403, u, "PUT", "/api/v1/grants/{grant}/report", "json:report"),
				rows(403, u, "GET", "/api/v1/grants/report-categories"),
				rows(403, u, "GET", "/api/v1/grants/decisions"),
				rows(403, u, "GET", "/grants/{grant}/report/attachments/{file}"),
				rows(403, u, "GET", "/api/v1/grants/{grant}/report/attachments"),
				rows(403, u, "POST", "/grants/{grant}/report-due-date", "reportDueDate=2050-03-31&reason=Kapad"),
				rows(403, u, "PUT", "/api/v1/grants/{grant}/report/coordinator-comment", "json:comment"),
				rows(403, u, "GET", "/mail/outbox"),
				rows(403, u, "GET", "/mail/outbox/{mail}"),
				rows(403, u, "GET", "/api/v1/mail/outbox"))
			.flatMap(s -> s);
	}

	/** Signed out: pages send to the sign-in, the API asks for credentials. */
	static Stream<Row> anonymous() {
		var u = NOBODY;
		return Stream.of(
				rows(302, u, "GET", "/grants"),
				rows(302, u, "GET", "/grants/{grant}"),
				rows(302, u, "GET", "/grants/{grant}/report"),
				rows(302, u, "GET", "/grants/decisions/{decision}/payments.csv"),
				rows(302, u, "GET", "/mail/outbox"),
				rows(302, u, "GET", "/account/mail"),
				rows(401, u, "GET", "/api/v1/grants"),
				rows(401, u, "GET", "/api/v1/grants/{grant}/report"),
				rows(401, u, "GET", "/api/v1/grants/decisions/{decision}/payments.csv"),
				rows(401, u, "GET", "/api/v1/mail/outbox"))
			.flatMap(s -> s);
	}

	/** The same requests let the rightful user through, so that the refusals above are not an accident. */
	static Stream<Row> rightfulUserGetsThrough() {
		return Stream.of(
				rows(200, List.of("lead", "officer"), "GET", "/grants/{grant}"),
				rows(200, List.of("lead", "officer"), "GET", "/grants/{grant}/report"),
				rows(200, List.of("lead", "officer"), "GET", "/api/v1/grants/{grant}/finances"),
				rows(200, List.of("lead", "officer"), "GET", "/api/v1/grants/{grant}/report"),
				rows(200, List.of("officer"), "GET", "/api/v1/grants/{grant}/reminders"),
				rows(200, List.of("lead", "officer"), "GET", "/api/v1/grants/{grant}/report-due-date"),
				rows(200, List.of("lead", "officer"), "GET", "/grants/{grant}/report/attachments/{file}"),
				rows(200, List.of("lead", "officer"), "GET", "/api/v1/grants/{grant}/report/attachments"),
				rows(200, List.of("lead", "officer"), "GET", "/api/v1/grants/{grant}/report/attachments/{file}"),
				rows(200, List.of("officer", "admin"), "GET", "/grants/decisions/{decision}/payments.csv"),
				rows(200, List.of("officer"), "GET", "/api/v1/grants/decisions/{decision}/payments.csv"),
				rows(200, List.of("officer"), "GET", "/mail/outbox/{mail}"),
				rows(200, List.of("officer"), "GET", "/api/v1/mail/outbox"),
				// Everyone chooses their own mails, whatever their role.
				rows(200, List.of("lead", "reader", "council"), "GET", "/account/mail"),
				// An officer asking for what does not exist gets 404, not an error.
				rows(404, List.of("officer"), "GET", "/grants/{unknown}"),
				rows(404, List.of("officer"), "GET", "/api/v1/grants/{unknown}/report"),
				rows(404, List.of("officer"), "GET", "/grants/decisions/{unknown}/payments.csv"),
				rows(404, List.of("officer"), "GET", "/mail/outbox/{unknown}"),
				rows(404, List.of("lead"), "GET", "/grants/{grant}/report/attachments/{unknown}"))
			.flatMap(s -> s);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "anotherOrganisation", "officersOnly", "organisationsOnly", "rolesWithoutGrants", "anonymous",
			"rightfulUserGetsThrough",
			"se.fuel.security.DecisionDocumentRefusals#documentsAreReadByOfficersAndTheirAttestants",
			"se.fuel.security.DecisionDocumentRefusals#documentsAreActedOnByTheirOwn",
			"se.fuel.security.DecisionDocumentRefusals#outcomePanels",
			"se.fuel.security.ApiParityRefusals#grantRows" })
	void is_answered_as_the_table_says(Row row) throws Exception {
		int answered = mvc.perform(requests.build(row.user(), row.method(), row.path(), row.body())).andReturn()
			.getResponse().getStatus();
		assertThat(answered).as(row.toString()).isEqualTo(row.status());
	}

	@Test
	void the_outcome_panel_shows_the_decision_to_its_own_organisation_only() throws Exception {
		String panel = "/decisions/outcomes/" + ids.get("application") + "/panel";
		mvc.perform(get(panel).with(users.as(people.lead())))
			.andExpect(content().string(containsString("§ 4")));
		mvc.perform(get(panel).with(users.as(people.other())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("§ 4"))))
			.andExpect(content().string(not(containsString("outcome-heading"))));
	}

	@Test
	void lists_hold_another_organisations_grant_only_for_officers() throws Exception {
		mvc.perform(get("/grants").with(users.as(people.other())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/grants").with(httpBasic(people.other(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/grants").with(users.as(people.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/api/v1/grants").param("year", "" + year).with(httpBasic(people.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}
}
