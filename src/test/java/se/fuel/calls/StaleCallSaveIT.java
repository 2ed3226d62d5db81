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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** Two officers editing one call: the save made on the older copy is refused on the page and in the API. */
@FuelIntegrationTest
class StaleCallSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	/** The call's year; its window lies in the year before. */
	int year;

	/** The officer who saves first, and the other one who still has the older copy open. */
	String first;

	String second;

	@BeforeEach
	void twoOfficersAndAYear() {
		year = cycle.year();
		first = data.officer();
		second = data.officer();
	}

	String json(String title, Long version) {
		return """
				{"programme":"MUL","year":%d,"title":"%s","budget":200000,
				 "opensAt":"%d-09-01T06:00:00Z","closesAt":"%d-10-31T22:59:00Z","maxAmountPerApplication":25000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Samtidigt %d","longestPeriodMonths":12,
				 "mainCriteria":["Erfarenhetsutbyte med kollegor"],"priorityAreas":[],"requiredSections":["purpose"],
				 "wordLimits":{"purpose":300},"reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02"%s}"""
			.formatted(year, title, year - 1, year - 1, year, year + 1, year,
					version == null ? "" : ",\"version\":" + version);
	}

	MockHttpServletRequestBuilder pageSave(UUID id, String title, String version) {
		return post("/calls/" + id).with(csrf())
			.param("programmeCode", "MUL").param("year", String.valueOf(year)).param("title", title)
			.param("budget", "200000").param("opensAt", (year - 1) + "-09-01T08:00")
			.param("closesAt", (year - 1) + "-10-31T23:59")
			.param("maxAmountPerApplication", "25000").param("mainCriteria", "Erfarenhetsutbyte med kollegor")
			.param("requiredSections", "purpose").param("reportDueDate", (year + 1) + "-02-28")
			.param("repaymentNoticeDate", year + "-06-02").param("registrationPrefix", "FoU").param("version", version);
	}

	UUID draftCall() throws Exception {
		String body = mvc.perform(post("/api/v1/calls").with(httpBasic(first, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json("Samtidig utlysning " + UUID.randomUUID(), null)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	long version(UUID id) throws Exception {
		var response = mvc.perform(get("/api/v1/calls/" + id).with(httpBasic(first, TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse();
		long version = JsonPath.<Number>read(response.getContentAsString(), "$.version").longValue();
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + version + "\"");
		return version;
	}

	@Test
	void refuses_a_stale_if_match_with_412_and_a_stale_body_version_with_409_changing_nothing() throws Exception {
		UUID id = draftCall();
		long opened = version(id);
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic(first, TestData.PASSWORD))
			.header("If-Match", "\"" + opened + "\"").contentType(MediaType.APPLICATION_JSON).content(json("Först", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (opened + 1) + "\""))
			.andExpect(jsonPath("$.version").value(opened + 1));

		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic(second, TestData.PASSWORD))
			.header("If-Match", "\"" + opened + "\"").contentType(MediaType.APPLICATION_JSON).content(json("Sen", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"))
			.andExpect(jsonPath("$.changedBy").value(first));
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic(second, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json("Sen", opened)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(opened + 1));
		assertThat(calls.find(id).orElseThrow().title()).isEqualTo("Först");
	}

	@Test
	void a_stale_save_on_the_page_shows_the_form_again_with_the_officers_text_and_who_saved() throws Exception {
		UUID id = draftCall();
		long opened = version(id);
		mvc.perform(get("/calls/" + id + "/edit").with(users.as(second)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + opened + "\"")));
		mvc.perform(pageSave(id, "Den förstas titel", String.valueOf(opened)).with(users.as(first)))
			.andExpect(status().is3xxRedirection());

		mvc.perform(pageSave(id, "Den andras titel", String.valueOf(opened)).with(users.as(second)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Den andras titel")))
			.andExpect(content().string(containsString("medan du hade sidan öppen")));
		assertThat(calls.find(id).orElseThrow().title()).isEqualTo("Den förstas titel");
	}
}
