package se.fuel.calls.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;

@DemoDataTest
class CallsApiIT {

	@Autowired
	MockMvc mvc;

	private static String body(String title, long budget, String closesAt, boolean published) {
		return """
				{"programme":"MUL","year":2028,"title":"%s","budget":%d,
				 "opensAt":"2027-09-01T06:00:00Z","closesAt":"%s","maxAmountPerApplication":25000,
				 "maxGrantsPerOrganisation":3,"capGroup":"API 2028","longestPeriodMonths":12,
				 "mainCriteria":["Erfarenhetsutbyte med kollegor","Inte kurser eller konferenser"],
				 "priorityAreas":[],"requiredSections":["purpose","genderAnalysis"],"wordLimits":{"purpose":300},
				 "reportDueDate":"2029-02-28","repaymentNoticeDate":"2028-06-02","published":%s}
				""".formatted(title, budget, closesAt, published);
	}

	private String create(String title, boolean published) throws Exception {
		var result = mvc.perform(post("/api/v1/calls").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 200_000, "2027-10-31T22:59:00Z", published)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.programme").value("MUL"))
			.andExpect(jsonPath("$.form").value("STUDY_VISIT"))
			.andExpect(jsonPath("$.mainCriteria[1]").value("Inte kurser eller konferenser"))
			.andExpect(jsonPath("$.requiredSections").value(hasItem("purpose")))
			.andExpect(jsonPath("$.wordLimits.purpose").value(300))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void everyone_signed_in_lists_the_published_calls_with_their_rules() throws Exception {
		mvc.perform(get("/api/v1/calls").with(httpBasic("farsta", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == 'Lokala utvecklingsmedel 2027')].status").value(hasItem("OPEN")))
			.andExpect(jsonPath("$[?(@.title == 'Lokala utvecklingsmedel 2027')].maxAmountPerApplication").value(hasItem(750000)))
			.andExpect(jsonPath("$[?(@.title == 'Lokala utvecklingsmedel 2024')].repaymentNoticeDate").value(hasItem("2024-06-02")))
			.andExpect(jsonPath("$[*].published").value(not(hasItem(false))));
	}

	@Test
	void an_officer_creates_a_draft_that_only_officers_see() throws Exception {
		String title = "API-utkast " + UUID.randomUUID();
		String id = create(title, false);
		mvc.perform(get("/api/v1/calls/" + id).with(httpBasic("handlaggare", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/calls/" + id).with(httpBasic("farsta", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls").with(httpBasic("farsta", "demo")))
			.andExpect(jsonPath("$[*].title").value(not(hasItem(title))));
		mvc.perform(get("/api/v1/calls").with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$[*].title").value(hasItem(title)));
	}

	@Test
	void an_officer_changes_and_publishes_a_call() throws Exception {
		String title = "API-ändras " + UUID.randomUUID();
		String id = create(title, false);
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 300_000, "2027-11-30T22:59:00Z", true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budget").value(300000))
			.andExpect(jsonPath("$.closesAt").value("2027-11-30T22:59:00Z"))
			.andExpect(jsonPath("$.published").value(true));
		mvc.perform(get("/api/v1/calls/" + id).with(httpBasic("farsta", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UPCOMING"));
	}

	@Test
	void broken_rules_answer_422_with_every_violation_in_swedish() throws Exception {
		mvc.perform(post("/api/v1/calls").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body("API-fel", 0, "2027-08-01T00:00:00Z", false)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("budget-positive")))
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("closes-after-opens")))
			.andExpect(jsonPath("$.violations[*].message").value(hasItem("Fältet ”Budget” måste vara större än 0 kronor.")));
		mvc.perform(post("/api/v1/calls").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"programme\":\"NOPE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("known-programme")))
			.andExpect(jsonPath("$.violations[*].field").value(hasItem("title")));
	}

	@Test
	void an_applicant_may_not_create_or_change_calls() throws Exception {
		mvc.perform(post("/api/v1/calls").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body("Farstas försök", 100_000, "2027-10-31T22:59:00Z", true)))
			.andExpect(status().isForbidden());
		var any = JsonPath.read(mvc.perform(get("/api/v1/calls").with(httpBasic("farsta", "demo"))).andReturn()
			.getResponse().getContentAsString(), "$[0].id");
		mvc.perform(put("/api/v1/calls/" + any).with(httpBasic("sodermalm", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body("Södermalms försök", 100_000, "2027-10-31T22:59:00Z", false)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/programmes").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"XYZ\",\"name\":\"x\",\"form\":\"PROJECT\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_calls_api_is_described_by_openapi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calls'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{id}'].put").exists());
	}

	@Test
	void the_api_requires_sign_in() throws Exception {
		mvc.perform(get("/api/v1/calls")).andExpect(status().isUnauthorized());
	}

	@Test
	void programmes_are_listed_for_everyone_signed_in() throws Exception {
		mvc.perform(get("/api/v1/programmes").with(httpBasic("lasare", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("LUM")))
			.andExpect(jsonPath("$[*].code").value(hasItem("FoU")));
	}
}
