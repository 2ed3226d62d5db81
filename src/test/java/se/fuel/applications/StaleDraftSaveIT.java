package se.fuel.applications;

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

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.ParallelRequests;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Two copies of the same draft: the save made on the older one is refused, on the page and in the API, and nothing
 * of the first save is lost; saves racing on one version never answer 500.
 */
@FuelIntegrationTest
class StaleDraftSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	UUID call;

	/** Two applicants of one district, so that two people hold the same draft. */
	String farsta;

	String farsta2;

	@BeforeEach
	void aCallAndTwoApplicantsOfOneDistrict() throws Exception {
		call = cycle.call(cycle.year());
		UUID district = data.district();
		farsta = data.applicant(district);
		farsta2 = data.applicant(district);
	}

	String body(String title, Long version) {
		return """
				{%s"callId":"%s","title":"%s","contactName":"Fatima","contactEmail":"fatima@farsta.example",
				 "requestedAmount":300000,"budgetLines":[{"description":"Lön","amount":300000}]}"""
			.formatted(version == null ? "" : "\"version\":" + version + ",", call, title);
	}

	record Draft(String id, long version) {

		String etag() {
			return "\"" + version + "\"";
		}
	}

	Draft draft(String title) throws Exception {
		var created = mvc.perform(post("/api/v1/applications").with(httpBasic(farsta, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, null)))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		long version = JsonPath.<Number>read(created.getContentAsString(), "$.version").longValue();
		assertThat(created.getHeader("ETag")).isEqualTo("\"" + version + "\"");
		return new Draft(JsonPath.read(created.getContentAsString(), "$.id"), version);
	}

	String storedTitle(String id) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/applications/" + id).with(httpBasic(farsta, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.title");
	}

	RequestPostProcessor secondFarstaUser() {
		return httpBasic(farsta2, TestData.PASSWORD);
	}

	@Test
	void the_api_returns_the_version_as_an_etag_and_in_the_body() throws Exception {
		var draft = draft("Versionerat " + UUID.randomUUID());
		mvc.perform(get("/api/v1/applications/" + draft.id()).with(httpBasic(farsta, TestData.PASSWORD)))
			.andExpect(header().string("ETag", draft.etag()))
			.andExpect(jsonPath("$.version").value(draft.version()));
		mvc.perform(put("/api/v1/applications/" + draft.id()).with(httpBasic(farsta, TestData.PASSWORD))
			.header("If-Match", draft.etag())
			.contentType(MediaType.APPLICATION_JSON).content(body("Ändrat", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (draft.version() + 1) + "\""))
			.andExpect(jsonPath("$.version").value(draft.version() + 1));
	}

	@Test
	void refuses_a_second_farsta_user_saving_from_an_older_copy_with_412_and_keeps_the_first_title() throws Exception {
		var draft = draft("Original " + UUID.randomUUID());
		var second = secondFarstaUser();
		mvc.perform(put("/api/v1/applications/" + draft.id()).with(httpBasic(farsta, TestData.PASSWORD))
			.header("If-Match", draft.etag())
			.contentType(MediaType.APPLICATION_JSON).content(body("Första användarens titel", null)))
			.andExpect(status().isOk());

		mvc.perform(put("/api/v1/applications/" + draft.id()).with(second).header("If-Match", draft.etag())
			.contentType(MediaType.APPLICATION_JSON).content(body("Andra användarens titel", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"" + (draft.version() + 1) + "\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"))
			.andExpect(jsonPath("$.violations[0].message", containsString(farsta)))
			.andExpect(jsonPath("$.currentVersion").value(draft.version() + 1))
			.andExpect(jsonPath("$.changedBy").value(farsta));
		assertThat(storedTitle(draft.id())).isEqualTo("Första användarens titel");
	}

	@Test
	void refuses_a_stale_body_version_with_409_and_changes_nothing() throws Exception {
		var draft = draft("Original " + UUID.randomUUID());
		mvc.perform(put("/api/v1/applications/" + draft.id()).with(httpBasic(farsta, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body("Första", draft.version())))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/applications/" + draft.id()).with(httpBasic(farsta, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body("Andra", draft.version())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"));
		assertThat(storedTitle(draft.id())).isEqualTo("Första");
	}

	@Test
	void a_save_without_a_version_is_still_accepted() throws Exception {
		var draft = draft("Original " + UUID.randomUUID());
		mvc.perform(put("/api/v1/applications/" + draft.id()).with(httpBasic(farsta, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body("Utan version", null)))
			.andExpect(status().isOk());
		assertThat(storedTitle(draft.id())).isEqualTo("Utan version");
	}

	@Test
	void a_stale_save_on_the_page_shows_the_form_again_with_the_users_text_and_who_saved() throws Exception {
		var draft = draft("Original " + UUID.randomUUID());
		mvc.perform(get("/applications/" + draft.id() + "/edit").with(users.as(farsta)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + draft.version() + "\"")));
		mvc.perform(post("/applications/" + draft.id() + "/edit").with(csrf()).with(users.as(farsta))
			.param("version", String.valueOf(draft.version())).param("title", "Sparat först"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/applications/" + draft.id() + "/edit").with(csrf()).with(users.as(farsta))
			.param("version", String.valueOf(draft.version())).param("title", "Min egen text från en äldre flik"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Min egen text från en äldre flik")))
			.andExpect(content().string(containsString("sparade ändringar")))
			.andExpect(content().string(containsString("medan du hade sidan öppen")));
		assertThat(storedTitle(draft.id())).isEqualTo("Sparat först");
	}

	@Test
	void twenty_parallel_saves_of_one_version_let_exactly_one_through_and_none_answer_500() throws Exception {
		var draft = draft("Parallellt " + UUID.randomUUID());
		List<Integer> statuses = parallelSaves(draft.id(), draft.version());
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		String winner = storedTitle(draft.id());
		assertThat(winner).startsWith("Tråd ");
		assertThat(JsonPath.<Number>read(mvc.perform(get("/api/v1/applications/" + draft.id())
			.with(httpBasic(farsta, TestData.PASSWORD))).andReturn().getResponse().getContentAsString(), "$.version")
			.longValue()).isEqualTo(draft.version() + 1);
	}

	@Test
	void twenty_parallel_saves_without_a_version_never_answer_500() throws Exception {
		var draft = draft("Parallellt utan version " + UUID.randomUUID());
		List<Integer> statuses = parallelSaves(draft.id(), null);
		assertThat(statuses).allMatch(s -> s == 200 || s == 409);
		assertThat(statuses).contains(200);
	}

	private List<Integer> parallelSaves(String id, Long version) throws Exception {
		return ParallelRequests.statuses(mvc, 20, i -> put("/api/v1/applications/" + id)
			.with(httpBasic(farsta, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body("Tråd " + i, version)));
	}
}
