package se.fuel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.testdata.TestData;

/** The officer's assessment in the API and on the page, on a call and applications of the test's own. */
@FuelIntegrationTest
class AssessmentIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditTrail audit;

	AssessmentFixture fixture;

	String officer;

	String applicant;

	@BeforeEach
	void setUp() {
		fixture = new AssessmentFixture(mvc, context);
		officer = fixture.officer();
		applicant = data.applicant(data.district());
	}

	/** An application of the test's own district asking 400 000 kronor, submitted. */
	String submittedApplication() throws Exception {
		return fixture.submitted(applicant, fixture.callSharedBy(AssessmentIT.class), "Bedömningstest " + UUID.randomUUID(),
				400_000);
	}

	static RequestPostProcessor api(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	String criteriaJson(boolean firstMet) {
		var parts = new java.util.ArrayList<String>();
		for (int i = 0; i < AssessmentFixture.CRITERIA; i++) {
			parts.add("{\"met\":%s,\"motivation\":\"Motivering %d\"}".formatted(i == 0 ? firstMet : true, i));
		}
		return "[" + String.join(",", parts) + "]";
	}

	MockHttpServletRequestBuilder putJson(String id, String json) {
		return put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void an_officer_recommends_a_partial_grant_through_the_api_and_the_change_is_audited() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/api/v1/assessments/" + id).with(api(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andExpect(jsonPath("$.requestedAmount").value(400_000));
		mvc.perform(putJson(id, """
				{"criteria":%s,"priorityAreas":[true],"recommendation":"PARTIAL_GRANT","partialAmount":150000,
				 "motivation":"Kan genomföras med mindre"}""".formatted(criteriaJson(true)))
			.with(api(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendation").value("PARTIAL_GRANT"))
			.andExpect(jsonPath("$.recommendedAmount").value(150_000))
			.andExpect(jsonPath("$.criteria[0].met").value(true))
			.andExpect(jsonPath("$.priorityAreas[0].addressed").value(true));
		String body = mvc.perform(get("/api/v1/assessments/" + id).with(api(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String assessmentId = JsonPath.read(body, "$.id");
		var history = audit.history("Assessment", assessmentId);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).action()).isEqualTo("created");
		assertThat(history.get(0).actor()).isEqualTo(officer);
		assertThat(history.get(0).after()).contains("PARTIAL_GRANT").contains("150000");

		mvc.perform(putJson(id, """
				{"criteria":%s,"priorityAreas":[true],"recommendation":"GRANT"}""".formatted(criteriaJson(true)))
			.with(api(officer)))
			.andExpect(status().isOk());
		history = audit.history("Assessment", assessmentId);
		assertThat(history).hasSize(2);
		assertThat(history.get(1).action()).isEqualTo("updated");
		assertThat(history.get(1).before()).contains("PARTIAL_GRANT");
		assertThat(history.get(1).after()).contains("\"GRANT\"");
	}

	@Test
	void a_failing_main_criterion_blocks_a_grant_recommendation_in_the_api() throws Exception {
		String id = submittedApplication();
		mvc.perform(putJson(id, """
				{"criteria":%s,"recommendation":"GRANT"}""".formatted(criteriaJson(false)))
			.with(api(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("failed-main-criterion-means-rejection")));
		mvc.perform(get("/api/v1/assessments/" + id).with(api(officer)))
			.andExpect(jsonPath("$.recommendation").doesNotExist());
	}

	@Test
	void the_page_shows_every_violation_at_once_in_swedish_and_keeps_what_was_typed() throws Exception {
		String id = submittedApplication();
		mvc.perform(post("/assessments/" + id).with(csrf()).with(users.as(officer))
			.param("criteria0-met", "false").param("criteria0-motivation", "Metoden är redan prövad i Farsta")
			.param("recommendation", "PARTIAL_GRANT").param("partialAmount", "400000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#recommendation\"")))
			.andExpect(content().string(containsString("href=\"#partialAmount\"")))
			.andExpect(content().string(containsString("href=\"#criteria1-met\"")))
			.andExpect(content().string(containsString("kan inte beviljas eller delvis beviljas")))
			.andExpect(content().string(containsString("Reducerat belopp: måste vara större än 0")))
			.andExpect(content().string(containsString("Metoden är redan prövad i Farsta")))
			.andExpect(content().string(containsString("value=\"400000\"")));
	}

	@Test
	void an_officer_rejects_on_the_page_with_a_reason_and_sees_the_events() throws Exception {
		String id = submittedApplication();
		var post = post("/assessments/" + id).with(csrf()).with(users.as(officer))
			.param("recommendation", "REJECT").param("reasonCategoryId", "7a1c0e2e-5b1f-4c8e-9d10-000000000003")
			.param("motivation", "Utanför socialtjänstens område");
		for (int i = 0; i < AssessmentFixture.CRITERIA; i++) {
			post.param("criteria" + i + "-met", i == 0 ? "true" : "false").param("criteria" + i + "-motivation", "M");
		}
		mvc.perform(post).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/assessments/" + id));
		mvc.perform(get("/assessments/" + id).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("Utanför socialtjänstens område")))
			.andExpect(content().string(containsString("/applications/" + id)));
		mvc.perform(get("/assessments").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessments/" + id)));
	}

	@Test
	void an_officer_finds_the_assess_link_on_a_submitted_application_and_an_applicant_does_not() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/applications/" + id).with(users.as(officer)))
			.andExpect(content().string(containsString("href=\"/assessments/" + id + "\"")));
		mvc.perform(get("/applications/" + id).with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/assessments/"))));
	}

	@Test
	void an_applicant_never_sees_an_assessment_not_even_of_their_own_application() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/assessments/" + id).with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(post("/assessments/" + id).with(csrf()).with(users.as(applicant)).param("recommendation", "GRANT"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/assessments/" + id).with(api(applicant)))
			.andExpect(status().isForbidden());
		mvc.perform(putJson(id, "{\"recommendation\":\"GRANT\"}").with(api(applicant)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/assessments").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/assessments/reasons").with(users.as(data.applicant(data.district())))).andExpect(status().isForbidden());
	}

	@Test
	void council_members_and_readers_are_refused() throws Exception {
		String id = submittedApplication();
		for (String user : new String[] { data.council(data.district()), data.reader() }) {
			mvc.perform(get("/assessments/" + id).with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/assessments/" + id).with(api(user)))
				.andExpect(status().isForbidden());
			mvc.perform(putJson(id, "{}").with(api(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void an_unknown_application_is_not_found() throws Exception {
		mvc.perform(get("/api/v1/assessments/" + UUID.randomUUID()).with(api(officer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/assessments/" + UUID.randomUUID()).with(users.as(officer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_officer_adds_and_deactivates_a_reason_category() throws Exception {
		String name = "Testgrund " + UUID.randomUUID();
		mvc.perform(post("/assessments/reasons").with(csrf()).with(users.as(officer)).param("name", name))
			.andExpect(status().is3xxRedirection());
		String body = mvc.perform(get("/api/v1/assessments/reason-categories").with(api(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> ids = JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
		java.util.List<String> generated = JsonPath.read(body, "$[?(@.name == '" + name + "')].documentPhrase");
		assertThat(generated).containsExactly("bedöms inte kunna beviljas: " + name.replace("Testgrund", "testgrund")
				+ ".");
		mvc.perform(post("/assessments/reasons/" + ids.get(0)).with(csrf()).with(users.as(officer))
			.param("name", name + " ändrad").param("documentPhrase", "bedöms sakna en budget."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/assessments/reason-categories").with(api(officer)))
			.andExpect(jsonPath("$[?(@.name == '" + name + " ändrad')].active").value(hasItem(false)))
			.andExpect(jsonPath("$[?(@.name == '" + name + " ändrad')].documentPhrase")
				.value(hasItem("bedöms sakna en budget.")));
		assertThat(audit.history("ReasonCategory", ids.get(0))).extracting(e -> e.action())
			.containsExactly("created", "updated");
		mvc.perform(post("/assessments/reasons").with(csrf()).with(users.as(officer)).param("name", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Namn: skriv avslagsgrunden")));
	}

	@Test
	void the_assessment_page_loads_similar_projects_with_a_link_for_no_javascript() throws Exception {
		String id = submittedApplication();
		mvc.perform(get("/assessments/" + id).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/assessments/" + id + "/similar\"")))
			.andExpect(content().string(containsString("href=\"/assessments/" + id + "/similar\"")));
	}

	@Test
	void applicants_readers_and_council_members_are_refused_similar_projects_and_unknown_applications_are_not_found()
			throws Exception {
		String id = submittedApplication();
		for (String user : new String[] { applicant, data.applicant(data.district()), data.reader(),
				data.council(data.district()) }) {
			mvc.perform(get("/assessments/" + id + "/similar").with(users.as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/assessments/" + UUID.randomUUID() + "/similar").with(users.as(officer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_reason_categories_are_for_officers_through_the_api() throws Exception {
		mvc.perform(get("/api/v1/assessments/reason-categories").with(api(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '7a1c0e2e-5b1f-4c8e-9d10-000000000001')]").isNotEmpty());
		mvc.perform(get("/api/v1/assessments/reason-categories").with(api(applicant)))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_officer_adds_and_changes_a_reason_category_through_the_api() throws Exception {
		String name = "API-grund " + UUID.randomUUID();
		mvc.perform(post("/api/v1/assessments/reason-categories").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("name"));
		String body = mvc.perform(post("/api/v1/assessments/reason-categories").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(put("/api/v1/assessments/reason-categories/" + id).with(api(applicant))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Kapad\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/assessments/reason-categories/" + id).with(api(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + " ändrad\",\"active\":false,\"documentPhrase\":\"bedöms sakna plan.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.documentPhrase").value("bedöms sakna plan."));
		assertThat(audit.history("ReasonCategory", id)).extracting(e -> e.action())
			.containsExactly("created", "updated");
	}
}
