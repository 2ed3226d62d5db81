package se.fuel.assessment;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.DemoDataTest;
import se.fuel.ParallelRequests;
import se.fuel.TestUsers;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

/**
 * Two officers (handlaggare and admin) on one assessment: the save made on the older copy is refused on the page and
 * in the API, also when both opened it before anything was recorded, and racing saves never answer 500.
 */
@DemoDataTest
class StaleAssessmentSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	CallView lum2027() {
		return calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027).findFirst()
			.orElseThrow();
	}

	String submittedApplication() throws Exception {
		String json = """
				{"callId":"%s","title":"Samtidig bedömning %s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":400000,"budgetLines":[{"description":"Lön","amount":400000}],
				 "priorityAreas":[],"startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(lum2027().id(), UUID.randomUUID());
		String body = mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk());
		return id;
	}

	MockHttpServletRequestBuilder save(String id, String motivation, Long version) {
		return put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON).content("""
				{%s"criteria":[],"motivation":"%s"}""".formatted(version == null ? "" : "\"version\":" + version + ",",
				motivation));
	}

	/** Saves as the officer and answers the version of the answer, as a client reads it. */
	long saved(String id, String motivation, Long version, String officer) throws Exception {
		var response = mvc.perform(save(id, motivation, version).with(httpBasic(officer, "demo")))
			.andExpect(status().isOk()).andReturn().getResponse();
		long saved = JsonPath.<Number>read(response.getContentAsString(), "$.version").longValue();
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + saved + "\"");
		return saved;
	}

	String storedMotivation(String id) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("handlaggare", "demo")))
			.andReturn().getResponse().getContentAsString(), "$.motivation");
	}

	@Test
	void an_assessment_not_yet_started_has_version_0_and_each_save_one_more() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("handlaggare", "demo")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.version").value(0));
		long first = saved(id, "Första", 0L, "handlaggare");
		assertThat(first).isPositive();
		assertThat(saved(id, "Andra", first, "handlaggare")).isEqualTo(first + 1);
	}

	@Test
	void refuses_a_second_officer_saving_from_a_copy_opened_before_the_first_save_with_412() throws Exception {
		String id = submittedApplication();
		var first = mvc.perform(save(id, "Handläggarens bedömning", null).header("If-Match", "\"0\"")
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		mvc.perform(save(id, "Administratörens bedömning", null).header("If-Match", "\"0\"")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", first))
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"))
			.andExpect(jsonPath("$.changedBy").value("handlaggare"));
		assertThat(storedMotivation(id)).isEqualTo("Handläggarens bedömning");
	}

	@Test
	void refuses_a_stale_body_version_with_409_and_changes_nothing() throws Exception {
		String id = submittedApplication();
		long first = saved(id, "Första", 0L, "handlaggare");
		long second = saved(id, "Andra", first, "handlaggare");
		mvc.perform(save(id, "Från en gammal flik", first).with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(second));
		assertThat(storedMotivation(id)).isEqualTo("Andra");
	}

	@Test
	void a_stale_save_on_the_page_shows_the_form_again_with_the_officers_text_and_who_saved() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/assessments/" + id).with(users.as("admin")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(save(id, "Handläggarens bedömning", 0L).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk());

		mvc.perform(post("/assessments/" + id).with(csrf()).with(users.as("admin"))
			.param("version", "0").param("motivation", "Min motivering skriven under tiden"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Min motivering skriven under tiden")))
			.andExpect(content().string(containsString("handlaggare")))
			.andExpect(content().string(containsString("medan du hade sidan öppen")));
		assertThat(storedMotivation(id)).isEqualTo("Handläggarens bedömning");
	}

	@Test
	void twenty_parallel_first_saves_let_exactly_one_through_and_none_answer_500() throws Exception {
		String id = submittedApplication();
		List<Integer> statuses = parallelSaves(id, 0L);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
	}

	@Test
	void twenty_parallel_saves_of_one_version_let_exactly_one_through_and_none_answer_500() throws Exception {
		String id = submittedApplication();
		long first = saved(id, "Första", 0L, "handlaggare");
		List<Integer> statuses = parallelSaves(id, first);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		assertThat(storedMotivation(id)).startsWith("Tråd ");
	}

	/** Twenty saves of one version by both officers at once. */
	private List<Integer> parallelSaves(String id, Long version) throws Exception {
		return ParallelRequests.statuses(mvc, 20, i -> save(id, "Tråd " + i, version)
			.with(httpBasic(i % 2 == 0 ? "handlaggare" : "admin", "demo")));
	}
}
