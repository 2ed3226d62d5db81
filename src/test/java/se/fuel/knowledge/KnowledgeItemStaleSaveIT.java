package se.fuel.knowledge;

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

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** Two officers editing the same knowledge item: the save on an older copy is refused and overwrites nothing. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeItemStaleSaveIT {

	static final String API = "/api/v1/knowledge";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

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

	/** A new draft; the version its creation answered is the one stored, so a client may change it at once. */
	private String draft() throws Exception {
		var created = mvc.perform(post(API).with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("Förstudie om boendestöd " + UUID.randomUUID(), null)))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		String id = JsonPath.read(created.getContentAsString(), "$.id");
		int version = JsonPath.read(created.getContentAsString(), "$.version");
		mvc.perform(get(API + "/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"" + version + "\""));
		return id;
	}

	private long version(String id) throws Exception {
		return Long.parseLong(mvc.perform(get(API + "/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andReturn().getResponse().getHeader("ETag").replace("\"", ""));
	}

	private static String json(String title, Long version) {
		return """
				{"kind":"REPORT","title":"%s","summary":"Kort.","areaCodes":["arbetsmarknad"],"implementationStatus":"PARTLY"%s}"""
			.formatted(title, version == null ? "" : ",\"version\":" + version);
	}

	private MockHttpServletRequestBuilder pageSave(String id, String who, String title, long opened) {
		return post("/knowledge/" + id).with(users.as(who)).with(csrf()).param("version", String.valueOf(opened))
			.param("kind", "REPORT")
			.param("title", title).param("summary", "Kort.").param("areaCodes", "arbetsmarknad")
			.param("implementationStatus", "PARTLY");
	}

	private String storedTitle(String id) throws Exception {
		return JsonPath.read(mvc.perform(get(API + "/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.title");
	}

	@Test
	void a_stale_save_of_the_edit_form_comes_back_with_the_message_and_the_officers_text_and_overwrites_nothing()
			throws Exception {
		String id = draft();
		long opened = version(id);
		mvc.perform(get("/knowledge/" + id + "/edit").with(users.as(officer)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + opened + "\"")));
		mvc.perform(pageSave(id, officer, "Först sparad", opened)).andExpect(status().is3xxRedirection());

		mvc.perform(pageSave(id, admin, "Sent sparad", opened))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString("<li><span>Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString("value=\"Sent sparad\"")));
		assertThat(storedTitle(id)).isEqualTo("Först sparad");
	}

	@Test
	void the_api_answers_the_version_and_refuses_a_stale_change_with_412_for_if_match_and_409_for_a_body_version()
			throws Exception {
		String id = draft();
		long opened = version(id);
		mvc.perform(get(API + "/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(jsonPath("$.version").value((int) opened));
		mvc.perform(put(API + "/" + id).with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", "\"" + opened + "\"")
				.contentType(MediaType.APPLICATION_JSON).content(json("Först sparad", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (opened + 1) + "\""));

		mvc.perform(put(API + "/" + id).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"" + opened + "\"")
				.contentType(MediaType.APPLICATION_JSON).content(json("Sent sparad med If-Match", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.currentVersion").value((int) opened + 1))
			.andExpect(jsonPath("$.changedBy").value(officer));
		mvc.perform(put(API + "/" + id).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json("Sent sparad med version", opened)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"));
		assertThat(storedTitle(id)).isEqualTo("Först sparad");

		mvc.perform(put(API + "/" + id).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json("Med rätt version", opened + 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value((int) opened + 2));
		assertThat(storedTitle(id)).isEqualTo("Med rätt version");
	}
}
