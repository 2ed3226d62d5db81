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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

@DemoDataTest
class AssessmentIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	AuditTrail audit;

	CallView lum2027() {
		return calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027).findFirst()
			.orElseThrow();
	}

	/** A LUM 2027 application of Farsta asking 400 000 kronor, submitted. */
	String submittedFarstaApplication() throws Exception {
		String json = """
				{"callId":"%s","title":"Bedömningstest %s","contactName":"Test","contactEmail":"test@stockholm.example",
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

	String criteriaJson(boolean firstMet) {
		var parts = new java.util.ArrayList<String>();
		for (int i = 0; i < lum2027().mainCriteria().size(); i++) {
			parts.add("{\"met\":%s,\"motivation\":\"Motivering %d\"}".formatted(i == 0 ? firstMet : true, i));
		}
		return "[" + String.join(",", parts) + "]";
	}

	MockHttpServletRequestBuilder putJson(String id, String json) {
		return put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void an_officer_recommends_a_partial_grant_through_the_api_and_the_change_is_audited() throws Exception {
		String id = submittedFarstaApplication();
		mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andExpect(jsonPath("$.requestedAmount").value(400_000));
		mvc.perform(putJson(id, """
				{"criteria":%s,"priorityAreas":[true],"recommendation":"PARTIAL_GRANT","partialAmount":150000,
				 "motivation":"Kan genomföras med mindre"}""".formatted(criteriaJson(true)))
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendation").value("PARTIAL_GRANT"))
			.andExpect(jsonPath("$.recommendedAmount").value(150_000))
			.andExpect(jsonPath("$.criteria[0].met").value(true))
			.andExpect(jsonPath("$.priorityAreas[0].addressed").value(true));
		String body = mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String assessmentId = JsonPath.read(body, "$.id");
		var history = audit.history("Assessment", assessmentId);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).action()).isEqualTo("created");
		assertThat(history.get(0).actor()).isEqualTo("handlaggare");
		assertThat(history.get(0).after()).contains("PARTIAL_GRANT").contains("150000");

		mvc.perform(putJson(id, """
				{"criteria":%s,"priorityAreas":[true],"recommendation":"GRANT"}""".formatted(criteriaJson(true)))
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk());
		history = audit.history("Assessment", assessmentId);
		assertThat(history).hasSize(2);
		assertThat(history.get(1).action()).isEqualTo("updated");
		assertThat(history.get(1).before()).contains("PARTIAL_GRANT");
		assertThat(history.get(1).after()).contains("\"GRANT\"");
	}

	@Test
	void a_failing_main_criterion_blocks_a_grant_recommendation_in_the_api() throws Exception {
		String id = submittedFarstaApplication();
		mvc.perform(putJson(id, """
				{"criteria":%s,"recommendation":"GRANT"}""".formatted(criteriaJson(false)))
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("failed-main-criterion-means-rejection")));
		mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$.recommendation").doesNotExist());
	}

	@Test
	void the_page_shows_every_violation_at_once_in_swedish_and_keeps_what_was_typed() throws Exception {
		String id = submittedFarstaApplication();
		mvc.perform(post("/assessments/" + id).with(csrf()).with(users.as("handlaggare"))
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
		String id = submittedFarstaApplication();
		var post = post("/assessments/" + id).with(csrf()).with(users.as("handlaggare"))
			.param("recommendation", "REJECT").param("reasonCategoryId", "7a1c0e2e-5b1f-4c8e-9d10-000000000003")
			.param("motivation", "Utanför socialtjänstens område");
		for (int i = 0; i < lum2027().mainCriteria().size(); i++) {
			post.param("criteria" + i + "-met", i == 0 ? "true" : "false").param("criteria" + i + "-motivation", "M");
		}
		mvc.perform(post).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/assessments/" + id));
		mvc.perform(get("/assessments/" + id).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("Utanför socialtjänstens område")))
			.andExpect(content().string(containsString("/applications/" + id)));
		mvc.perform(get("/assessments").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessments/" + id)));
	}

	@Test
	void an_officer_finds_the_assess_link_on_a_submitted_application_and_an_applicant_does_not() throws Exception {
		String id = submittedFarstaApplication();
		mvc.perform(get("/applications/" + id).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("href=\"/assessments/" + id + "\"")));
		mvc.perform(get("/applications/" + id).with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/assessments/"))));
	}

	@Test
	void an_applicant_never_sees_an_assessment_not_even_of_their_own_application() throws Exception {
		String id = submittedFarstaApplication();
		mvc.perform(get("/assessments/" + id).with(users.as("farsta"))).andExpect(status().isForbidden());
		mvc.perform(post("/assessments/" + id).with(csrf()).with(users.as("farsta")).param("recommendation", "GRANT"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("farsta", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(putJson(id, "{\"recommendation\":\"GRANT\"}").with(httpBasic("farsta", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/assessments").with(users.as("farsta"))).andExpect(status().isForbidden());
		mvc.perform(get("/assessments/reasons").with(users.as("sodermalm"))).andExpect(status().isForbidden());
	}

	@Test
	void council_members_and_readers_are_refused() throws Exception {
		String id = submittedFarstaApplication();
		for (String user : new String[] { "radsledamot", "lasare" }) {
			mvc.perform(get("/assessments/" + id).with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(putJson(id, "{}").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void an_unknown_application_is_not_found() throws Exception {
		mvc.perform(get("/api/v1/assessments/" + UUID.randomUUID()).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/assessments/" + UUID.randomUUID()).with(users.as("handlaggare")))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_officer_adds_and_deactivates_a_reason_category() throws Exception {
		String name = "Testgrund " + UUID.randomUUID();
		mvc.perform(post("/assessments/reasons").with(csrf()).with(users.as("handlaggare")).param("name", name))
			.andExpect(status().is3xxRedirection());
		String body = mvc.perform(get("/api/v1/assessments/reason-categories").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> ids = JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
		java.util.List<String> generated = JsonPath.read(body, "$[?(@.name == '" + name + "')].documentPhrase");
		assertThat(generated).containsExactly("bedöms inte kunna beviljas: " + name.replace("Testgrund", "testgrund")
				+ ".");
		mvc.perform(post("/assessments/reasons/" + ids.get(0)).with(csrf()).with(users.as("handlaggare"))
			.param("name", name + " ändrad").param("documentPhrase", "bedöms sakna en budget."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/assessments/reason-categories").with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$[?(@.name == '" + name + " ändrad')].active").value(hasItem(false)))
			.andExpect(jsonPath("$[?(@.name == '" + name + " ändrad')].documentPhrase")
				.value(hasItem("bedöms sakna en budget.")));
		assertThat(audit.history("ReasonCategory", ids.get(0))).extracting(e -> e.action())
			.containsExactly("created", "updated");
		mvc.perform(post("/assessments/reasons").with(csrf()).with(users.as("handlaggare")).param("name", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Namn: skriv avslagsgrunden")));
	}
}
