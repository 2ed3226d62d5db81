package se.fuel.identity;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** An account changed from two open copies: the save on the older one is refused and overwrites nothing. */
@FuelIntegrationTest
class UserStaleSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	String admin;

	UUID district;

	@BeforeEach
	void anAdminAndADistrict() {
		admin = data.admin();
		district = data.district();
	}

	private String organisation() {
		return district.toString();
	}

	private String created() throws Exception {
		String username = "samtidig." + UUID.randomUUID().toString().substring(0, 8);
		String body = mvc.perform(post("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"Siri Samtidig","role":"APPLICANT","organisationId":"%s",
						 "password":"korrekt häst batteri"}""".formatted(username, organisation())))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.id");
	}

	private MockHttpServletRequestBuilder pageSave(String id, String displayName) {
		return post("/admin/users/" + id).with(csrf()).with(users.as(admin)).param("version", "0")
			.param("displayName", displayName).param("role", "APPLICANT").param("organisationId", organisation())
			.param("enabled", "true");
	}

	private String storedName(String id) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/users/" + id).with(httpBasic(admin, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.displayName");
	}

	private static String change(String displayName, String extra) {
		return """
				{"displayName":"%s","role":"APPLICANT","enabled":true%s}""".formatted(displayName, extra);
	}

	@Test
	void a_stale_save_of_the_account_form_comes_back_with_the_message_and_the_admins_text_and_overwrites_nothing()
			throws Exception {
		String id = created();
		mvc.perform(get("/admin/users/" + id + "/edit").with(users.as(admin)))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(pageSave(id, "Först sparad")).andExpect(redirectedUrl("/admin/users/" + id));

		mvc.perform(pageSave(id, "Sent sparad"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Någon annan (" + admin + ") sparade ändringar")))
			.andExpect(content().string(containsString("href=\"#main-content\"")))
			.andExpect(content().string(containsString("value=\"Sent sparad\"")));
		assertThat(storedName(id)).isEqualTo("Först sparad");
	}

	@Test
	void the_api_answers_the_version_and_refuses_a_stale_change_with_412_for_if_match_and_409_for_a_body_version()
			throws Exception {
		String id = created();
		String api = "/api/v1/users/" + id;
		String organisation = ",\"organisationId\":\"" + organisation() + "\"";
		mvc.perform(get(api).with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(change("Först sparad", organisation)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(change("Sent sparad", organisation)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changedBy").value(admin));
		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(change("Sent sparad", organisation + ",\"version\":0")))
			.andExpect(status().isConflict());
		assertThat(storedName(id)).isEqualTo("Först sparad");
	}

	@Test
	void an_api_change_that_leaves_out_enabled_is_refused_rather_than_disabling_the_account() throws Exception {
		String id = created();
		mvc.perform(put("/api/v1/users/" + id).with(httpBasic(admin, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"Glömde aktiv\",\"role\":\"APPLICANT\",\"organisationId\":\"" + organisation()
						+ "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("enabled"));
		mvc.perform(get("/api/v1/users/" + id).with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.displayName").value("Siri Samtidig"));
	}
}
