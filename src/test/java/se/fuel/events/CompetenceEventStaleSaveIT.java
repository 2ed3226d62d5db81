package se.fuel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** Two officers changing the same event: the one who saved on an older copy is refused, and nothing is overwritten. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetenceEventStaleSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompetenceEvents events;

	@Autowired
	TestData data;

	/** The officer who saves first, and the administrator who saves on the older copy. */
	String officer;

	String admin;

	String reader;

	@BeforeAll
	void people() {
		officer = data.officer();
		admin = data.admin();
		reader = data.reader();
	}

	private UUID registered(String title) throws Exception {
		String body = mvc.perform(post("/api/v1/events").with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(title, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(body.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1"));
	}

	private static String json(String title, Long version) {
		return """
				{"date":"2025-04-02","title":"%s","kind":"SEMINAR","organiser":"FoU-enheten","otherParticipants":3%s}"""
			.formatted(title, version == null ? "" : ",\"version\":" + version);
	}

	private String storedTitle(UUID id) {
		return data.as(reader, () -> events.event(id)).title();
	}

	@Test
	void a_stale_save_of_the_edit_form_comes_back_with_the_message_and_the_officers_text_and_overwrites_nothing()
			throws Exception {
		UUID id = registered("Seminarium om samsjuklighet " + UUID.randomUUID());
		mvc.perform(get("/events/" + id + "/edit").with(users.as(officer)))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(post("/events/" + id).with(users.as(officer)).with(csrf()).param("version", "0")
				.param("date", "2025-04-02").param("title", "Först sparad").param("kind", "SEMINAR"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/events/" + id).with(users.as(admin)).with(csrf()).param("version", "0")
				.param("date", "2025-04-02").param("title", "Sent sparad").param("kind", "SEMINAR"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString("Dina ändringar har inte sparats")))
			.andExpect(content().string(containsString("href=\"#main-content\"")))
			.andExpect(content().string(containsString("value=\"Sent sparad\"")));
		assertThat(storedTitle(id)).isEqualTo("Först sparad");
	}

	@Test
	void the_api_answers_the_version_and_refuses_a_stale_change_with_412_for_if_match_and_409_for_a_body_version()
			throws Exception {
		UUID id = registered("Nätverksträff " + UUID.randomUUID());
		String api = "/api/v1/events/" + id;
		mvc.perform(get(api).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put(api).with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(json("Först sparad", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(json("Sent sparad med If-Match", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changedBy").value(officer));
		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json("Sent sparad med version", 0L)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.violations[0].message", containsString("sparade ändringar")));
		assertThat(storedTitle(id)).isEqualTo("Först sparad");

		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json("Utan version", null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		assertThat(storedTitle(id)).isEqualTo("Utan version");
	}
}
