package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.grants.GrantView;

/**
 * Every page and API endpoint of grant follow-up (grants and mail, issue 4) refuses a user of another organisation
 * (404: the grant does not exist for them) and a role that may not act (403), and lets the rightful user through. Each
 * row is one request. Paths name the objects made in {@link #objects()}: {grant} a Farsta grant of a 2048 round of
 * our own, {decision} the committee decision that made it, {file} a final report Farsta attached to its report, {mail} a mail in the outbox, {unknown} an id of nothing.
 */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantAndMailEndpointsRefuseIT {

	static final int YEAR = 2048;

	/** Council member (of Farsta itself), reader and attestant have no part in grant follow-up. */
	static final List<String> NO_GRANT_ROLE = List.of("radsledamot", "lasare", "socialdirektor");

	static final List<String> APPLICANTS = List.of("farsta", "sodermalm");

	static final List<String> NOBODY = Collections.singletonList(null);

	static final Map<String, String> BODIES = Map.of(
			"json:payment", "{\"paidOn\":\"" + YEAR + "-01-31\",\"amount\":1}",
			"json:notice", "{\"amount\":1,\"note\":\"Kapad\"}",
			"json:report", "{\"whatWasDone\":\"Kapad\",\"lines\":[],\"outcomes\":[]}",
			"json:comment", "{\"comment\":\"Kapad\"}",
			"json:message", "{\"message\":\"Kapad\"}",
			"json:category", "{\"label\":\"Kapad\"}",
			"json:due", "{\"reportDueDate\":\"2050-03-31\",\"reason\":\"Kapad\"}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	final Map<String, String> ids = new HashMap<>();

	final String title = "Farstas beviljade " + Fixtures.unique();

	@BeforeAll
	void objects() throws Exception {
		var fixture = new DecidedRoundFixture(context);
		UUID call = fixture.round().lumCall(YEAR, 1_000_000, 3);
		UUID application = fixture.round().submitted("farsta", call, YEAR, title, 100_000);
		fixture.round().grant(application);
		ids.put("decision", fixture.decide(YEAR, "§ 4").toString());
		GrantView grant = fixture.grantOf(YEAR, application);
		ids.put("grant", grant.id().toString());
		ids.put("mail", jdbc.sql("select id from mail_outbox order by created_at desc limit 1").query(String.class)
			.single());
		String file = mvc.perform(multipart("/api/v1/grants/" + grant.id() + "/report/attachments")
			.file(new MockMultipartFile("file", "slutrapport.pdf", "application/pdf", Fixtures.PDF))
			.param("kind", "FINAL_REPORT").with(httpBasic("farsta", "demo")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		ids.put("file", JsonPath.read(file, "$.id"));
		ids.put("unknown", UUID.randomUUID().toString());
		ids.put("year", Integer.toString(YEAR));
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

	/** Södermalm asks for Farsta's grant: it does not exist for Södermalm. */
	static Stream<Row> anotherOrganisation() {
		var u = List.of("sodermalm");
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
		var u = List.of("handlaggare");
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
				rows(200, List.of("farsta", "handlaggare"), "GET", "/grants/{grant}"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/grants/{grant}/report"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/api/v1/grants/{grant}/finances"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/api/v1/grants/{grant}/report"),
				rows(200, List.of("handlaggare"), "GET", "/api/v1/grants/{grant}/reminders"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/api/v1/grants/{grant}/report-due-date"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/grants/{grant}/report/attachments/{file}"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/api/v1/grants/{grant}/report/attachments"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/api/v1/grants/{grant}/report/attachments/{file}"),
				rows(200, List.of("handlaggare", "admin"), "GET", "/grants/decisions/{decision}/payments.csv"),
				rows(200, List.of("handlaggare"), "GET", "/api/v1/grants/decisions/{decision}/payments.csv"),
				rows(200, List.of("handlaggare"), "GET", "/mail/outbox/{mail}"),
				rows(200, List.of("handlaggare"), "GET", "/api/v1/mail/outbox"),
				// Everyone chooses their own mails, whatever their role.
				rows(200, List.of("farsta", "lasare", "radsledamot"), "GET", "/account/mail"),
				// An officer asking for what does not exist gets 404, not an error.
				rows(404, List.of("handlaggare"), "GET", "/grants/{unknown}"),
				rows(404, List.of("handlaggare"), "GET", "/api/v1/grants/{unknown}/report"),
				rows(404, List.of("handlaggare"), "GET", "/grants/decisions/{unknown}/payments.csv"),
				rows(404, List.of("handlaggare"), "GET", "/mail/outbox/{unknown}"),
				rows(404, List.of("farsta"), "GET", "/grants/{grant}/report/attachments/{unknown}"))
			.flatMap(s -> s);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "anotherOrganisation", "officersOnly", "organisationsOnly", "rolesWithoutGrants", "anonymous",
			"rightfulUserGetsThrough" })
	void is_answered_as_the_table_says(Row row) throws Exception {
		int answered = mvc.perform(build(row)).andReturn().getResponse().getStatus();
		assertThat(answered).as(row.toString()).isEqualTo(row.status());
	}

	@Test
	void lists_hold_another_organisations_grant_only_for_officers() throws Exception {
		mvc.perform(get("/grants").with(users.as("sodermalm")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/grants").with(httpBasic("sodermalm", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/grants").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/api/v1/grants").param("year", "" + YEAR).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	private AbstractMockHttpServletRequestBuilder<?> build(Row row) {
		String path = resolve(row.path());
		AbstractMockHttpServletRequestBuilder<?> request = row.method().equals("UPLOAD")
				? multipart(path).file(new MockMultipartFile("file", "kapad.pdf", "application/pdf", Fixtures.PDF))
				: request(HttpMethod.valueOf(row.method()), path);
		if (row.body() != null && row.body().startsWith("json:")) {
			request.contentType(MediaType.APPLICATION_JSON).content(BODIES.get(row.body()));
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
			request.with(path.startsWith("/api/") ? httpBasic(row.user(), "demo") : users.as(row.user()));
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
