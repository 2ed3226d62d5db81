package se.fuel.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.fuel.security.OtherOrganisationIsRefusedIT.row;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.security.OtherOrganisationIsRefusedIT.Row;
import se.fuel.testdata.TestData;

/**
 * The notification rows of {@link OtherOrganisationIsRefusedIT}: every role has notifications of its own, so nobody
 * signed in is refused the list, the bell or marking all read; what is refused is another user's notification, which
 * does not exist for anyone but its owner (404). {notification} is one of {@code lead}'s, made by an officer
 * returning an application of the lead district in {@link #objects}.
 */
final class NotificationRefusals {

	static final List<String> EVERYONE = List.of("lead", "other", "council", "reader", "attestant", "officer",
			"admin");

	static final List<String> NOT_THE_OWNER = List.of("other", "council", "reader", "attestant", "officer", "admin");

	private NotificationRefusals() {
	}

	/** A notification of the lead district's applicant: an application of theirs returned by the officer. */
	static void objects(MockMvc mvc, Fixtures fixtures, People people, UUID call, int year, Map<String, String> ids)
			throws Exception {
		String application = fixtures.submitted(people.lead(), fixtures.created(people.lead(), "/api/v1/applications",
				Fixtures.application(call, year, "Aviserad " + Fixtures.unique(), 100_000, List.of())));
		mvc.perform(post("/api/v1/applications/" + application + "/return")
			.with(httpBasic(people.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"Komplettera budgeten\"}"))
			.andExpect(status().isOk());
		String list = mvc.perform(get("/api/v1/notifications").with(httpBasic(people.lead(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> mine = JsonPath.read(list, "$.notifications[?(@.link == '/applications/" + application + "')].id");
		ids.put("notification", mine.get(0));
	}

	static Stream<Row> notificationsAreTheirOwners() {
		return Stream.of(
				rows(200, EVERYONE, "GET", "/notifications"),
				rows(200, EVERYONE, "GET", "/notifications?page=2"),
				rows(200, EVERYONE, "GET", "/notifications/bell"),
				rows(200, EVERYONE, "GET", "/api/v1/notifications"),
				rows(404, NOT_THE_OWNER, "POST", "/notifications/{notification}/read"),
				rows(404, NOT_THE_OWNER, "POST", "/api/v1/notifications/{notification}/read"),
				row(302, "lead", "POST", "/notifications/{notification}/read"),
				row(200, "lead", "POST", "/api/v1/notifications/{notification}/read"),
				rows(302, EVERYONE, "POST", "/notifications/read"),
				rows(200, EVERYONE, "POST", "/api/v1/notifications/read"),
				// Not an id at all: refused as bad input, not as a server error.
				row(400, "lead", "POST", "/api/v1/notifications/kapad/read"))
			.flatMap(s -> s);
	}

	/** Nobody signed in: the pages send to the login page, the API answers 401. */
	static Stream<Row> anonymousNotifications() {
		List<String> nobody = Collections.singletonList(null);
		return Stream.of(
				rows(302, nobody, "GET", "/notifications"),
				rows(302, nobody, "GET", "/notifications/bell"),
				rows(302, nobody, "POST", "/notifications/{notification}/read"),
				rows(302, nobody, "POST", "/notifications/read"),
				rows(401, nobody, "GET", "/api/v1/notifications"),
				rows(401, nobody, "POST", "/api/v1/notifications/{notification}/read"),
				rows(401, nobody, "POST", "/api/v1/notifications/read"))
			.flatMap(s -> s);
	}
}
