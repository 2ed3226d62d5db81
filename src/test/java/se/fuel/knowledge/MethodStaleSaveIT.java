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

/** Two officers changing the same method of the catalogue: the save on an older copy is refused. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodStaleSaveIT {

	static final String API = "/api/v1/knowledge/methods";

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

	private static String json(String name, String purpose, String version) {
		return """
				{"name":"%s","type":"WAY_OF_WORKING","purpose":"%s","evidenceStatus":"NO_STUDIES",
				 "trials":[{"title":"Farsta – testprojekt","year":2024}],"adopters":["Farsta"]%s}"""
			.formatted(name, purpose, version == null ? "" : ",\"version\":" + version);
	}

	/** A new method and the version its creation answered, which must be the one stored. */
	private String[] created(String name) throws Exception {
		var response = mvc.perform(post(API).with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "Från början", null)))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		String id = JsonPath.read(response.getContentAsString(), "$.id");
		String version = String.valueOf((Integer) JsonPath.read(response.getContentAsString(), "$.version"));
		mvc.perform(get(API + "/" + id).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"" + version + "\""));
		return new String[] { id, version };
	}

	private String storedPurpose(String id) throws Exception {
		return JsonPath.read(mvc.perform(get(API + "/" + id).with(httpBasic(reader, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.purpose");
	}

	private MockHttpServletRequestBuilder pageSave(String id, String name, String purpose, String version) {
		return post("/knowledge/methods/" + id).with(users.as(officer)).with(csrf()).param("version", version)
			.param("name", name).param("type", "WAY_OF_WORKING").param("evidenceStatus", "NO_STUDIES")
			.param("purpose", purpose).param("trials", "2024: Farsta – testprojekt").param("adopters", "Farsta");
	}

	@Test
	void a_stale_save_of_the_method_form_comes_back_with_the_message_and_the_officers_text_and_overwrites_nothing()
			throws Exception {
		String name = "Samtidig metod " + UUID.randomUUID();
		String[] method = created(name);
		mvc.perform(get("/knowledge/methods/" + method[0] + "/edit").with(users.as(officer)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + method[1] + "\"")));
		mvc.perform(pageSave(method[0], name, "Först sparat syfte", method[1])).andExpect(status().is3xxRedirection());

		mvc.perform(pageSave(method[0], name, "Sent sparat syfte", method[1]))
			.andExpect(content().string(containsString("Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString("<li><span>Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString("Sent sparat syfte")));
		assertThat(storedPurpose(method[0])).isEqualTo("Först sparat syfte");
	}

	@Test
	void the_api_refuses_a_stale_change_with_412_for_if_match_and_409_for_a_body_version() throws Exception {
		String name = "API-metod " + UUID.randomUUID();
		String[] method = created(name);
		String api = API + "/" + method[0];
		mvc.perform(put(api).with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", "\"" + method[1] + "\"")
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "Först sparat syfte", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (Long.parseLong(method[1]) + 1) + "\""));

		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"" + method[1] + "\"")
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "Sent sparat syfte", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.changedBy").value(officer));
		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "Sent sparat syfte", method[1])))
			.andExpect(status().isConflict());
		assertThat(storedPurpose(method[0])).isEqualTo("Först sparat syfte");
	}
}
