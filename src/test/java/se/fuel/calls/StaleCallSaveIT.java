package se.fuel.calls;

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

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/** Two officers editing one call: the save made on the older copy is refused on the page and in the API. */
@DemoDataTest
class StaleCallSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	static String json(String title, Long version) {
		return """
				{"programme":"MUL","year":2028,"title":"%s","budget":200000,
				 "opensAt":"2027-09-01T06:00:00Z","closesAt":"2027-10-31T22:59:00Z","maxAmountPerApplication":25000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Samtidigt 2028","longestPeriodMonths":12,
				 "mainCriteria":["Erfarenhetsutbyte med kollegor"],"priorityAreas":[],"requiredSections":["purpose"],
				 "wordLimits":{"purpose":300},"reportDueDate":"2029-02-28","repaymentNoticeDate":"2028-06-02"%s}"""
			.formatted(title, version == null ? "" : ",\"version\":" + version);
	}

	MockHttpServletRequestBuilder pageSave(UUID id, String title, String version) {
		return post("/calls/" + id).with(csrf())
			.param("programmeCode", "MUL").param("year", "2028").param("title", title)
			.param("budget", "200000").param("opensAt", "2027-09-01T08:00").param("closesAt", "2027-10-31T23:59")
			.param("maxAmountPerApplication", "25000").param("mainCriteria", "Erfarenhetsutbyte med kollegor")
			.param("requiredSections", "purpose").param("reportDueDate", "2029-02-28")
			.param("repaymentNoticeDate", "2028-06-02").param("registrationPrefix", "FoU").param("version", version);
	}

	UUID draftCall() throws Exception {
		String body = mvc.perform(post("/api/v1/calls").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json("Samtidig utlysning " + UUID.randomUUID(), null)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	long version(UUID id) throws Exception {
		var response = mvc.perform(get("/api/v1/calls/" + id).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse();
		long version = JsonPath.<Number>read(response.getContentAsString(), "$.version").longValue();
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + version + "\"");
		return version;
	}

	@Test
	void refuses_a_stale_if_match_with_412_and_a_stale_body_version_with_409_changing_nothing() throws Exception {
		UUID id = draftCall();
		long opened = version(id);
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic("handlaggare", "demo"))
			.header("If-Match", "\"" + opened + "\"").contentType(MediaType.APPLICATION_JSON).content(json("Först", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (opened + 1) + "\""))
			.andExpect(jsonPath("$.version").value(opened + 1));

		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic("admin", "demo"))
			.header("If-Match", "\"" + opened + "\"").contentType(MediaType.APPLICATION_JSON).content(json("Sen", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"))
			.andExpect(jsonPath("$.changedBy").value("handlaggare"));
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json("Sen", opened)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(opened + 1));
		assertThat(calls.find(id).orElseThrow().title()).isEqualTo("Först");
	}

	@Test
	void a_stale_save_on_the_page_shows_the_form_again_with_the_officers_text_and_who_saved() throws Exception {
		UUID id = draftCall();
		long opened = version(id);
		mvc.perform(get("/calls/" + id + "/edit").with(users.as("admin")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + opened + "\"")));
		mvc.perform(pageSave(id, "Handläggarens titel", String.valueOf(opened)).with(users.as("handlaggare")))
			.andExpect(status().is3xxRedirection());

		mvc.perform(pageSave(id, "Administratörens titel", String.valueOf(opened)).with(users.as("admin")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Administratörens titel")))
			.andExpect(content().string(containsString("medan du hade sidan öppen")));
		assertThat(calls.find(id).orElseThrow().title()).isEqualTo("Handläggarens titel");
	}
}
