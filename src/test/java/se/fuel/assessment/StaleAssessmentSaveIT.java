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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.ParallelRequests;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * An officer and an administrator on one assessment of the test's own: the save made on the older copy is refused on
 * the page and in the API, also when both opened it before anything was recorded, and racing saves never answer 500.
 */
@FuelIntegrationTest
class StaleAssessmentSaveIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	AssessmentFixture fixture;

	String officer;

	String admin;

	@BeforeEach
	void setUp() {
		fixture = new AssessmentFixture(mvc, context);
		officer = fixture.officer();
		admin = data.admin();
	}

	String submittedApplication() throws Exception {
		return fixture.submitted(data.applicant(data.district()), fixture.callSharedBy(StaleAssessmentSaveIT.class),
				"Samtidig bedömning " + UUID.randomUUID(), 400_000);
	}

	MockHttpServletRequestBuilder save(String id, String motivation, Long version) {
		return put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON).content("""
				{%s"criteria":[],"motivation":"%s"}""".formatted(version == null ? "" : "\"version\":" + version + ",",
				motivation));
	}

	/** Saves as the officer and answers the version of the answer, as a client reads it. */
	long saved(String id, String motivation, Long version, String officer) throws Exception {
		var response = mvc.perform(save(id, motivation, version).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse();
		long saved = JsonPath.<Number>read(response.getContentAsString(), "$.version").longValue();
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + saved + "\"");
		return saved;
	}

	String storedMotivation(String id) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.motivation");
	}

	@Test
	void an_assessment_not_yet_started_has_version_0_and_each_save_one_more() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.version").value(0));
		long first = saved(id, "Första", 0L, officer);
		assertThat(first).isPositive();
		assertThat(saved(id, "Andra", first, officer)).isEqualTo(first + 1);
	}

	@Test
	void refuses_a_second_officer_saving_from_a_copy_opened_before_the_first_save_with_412() throws Exception {
		String id = submittedApplication();
		var first = mvc.perform(save(id, "Handläggarens bedömning", null).header("If-Match", "\"0\"")
			.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		mvc.perform(save(id, "Administratörens bedömning", null).header("If-Match", "\"0\"")
			.with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", first))
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"))
			.andExpect(jsonPath("$.changedBy").value(officer));
		assertThat(storedMotivation(id)).isEqualTo("Handläggarens bedömning");
	}

	@Test
	void refuses_a_stale_body_version_with_409_and_changes_nothing() throws Exception {
		String id = submittedApplication();
		long first = saved(id, "Första", 0L, officer);
		long second = saved(id, "Andra", first, officer);
		mvc.perform(save(id, "Från en gammal flik", first).with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(second));
		assertThat(storedMotivation(id)).isEqualTo("Andra");
	}

	@Test
	void a_stale_save_on_the_page_shows_the_form_again_with_the_officers_text_and_who_saved() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/assessments/" + id).with(users.as(admin)))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(save(id, "Handläggarens bedömning", 0L).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk());

		mvc.perform(post("/assessments/" + id).with(csrf()).with(users.as(admin))
			.param("version", "0").param("motivation", "Min motivering skriven under tiden"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Min motivering skriven under tiden")))
			.andExpect(content().string(containsString(officer)))
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
		long first = saved(id, "Första", 0L, officer);
		List<Integer> statuses = parallelSaves(id, first);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		assertThat(storedMotivation(id)).startsWith("Tråd ");
	}

	/** Twenty saves of one version by both officers at once. */
	private List<Integer> parallelSaves(String id, Long version) throws Exception {
		return ParallelRequests.statuses(mvc, 20, i -> save(id, "Tråd " + i, version)
			.with(httpBasic(i % 2 == 0 ? officer : admin, TestData.PASSWORD)));
	}
}
