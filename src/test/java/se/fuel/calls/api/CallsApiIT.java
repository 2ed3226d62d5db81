package se.fuel.calls.api;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.fuel.FuelIntegrationTest;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.Calls;
import se.fuel.calls.TestCall;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
class CallsApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	CallAdministration administration;

	@Autowired
	Calls calls;

	/** A study-visit call that opens on 1 September the year before its own year, so it is upcoming today. */
	private static String body(int year, String title, long budget, String closesAt, boolean published) {
		return """
				{"programme":"MUL","year":%d,"title":"%s","budget":%d,
				 "opensAt":"%d-09-01T06:00:00Z","closesAt":"%s","maxAmountPerApplication":25000,
				 "maxGrantsPerOrganisation":3,"capGroup":"API %d","longestPeriodMonths":12,
				 "mainCriteria":["Erfarenhetsutbyte med kollegor","Inte kurser eller konferenser"],
				 "priorityAreas":[],"requiredSections":["purpose","genderAnalysis"],"wordLimits":{"purpose":300},
				 "reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":%s}
				""".formatted(year, title, budget, year - 1, closesAt, year, year + 1, year, published);
	}

	private static String closing(int year) {
		return (year - 1) + "-10-31T22:59:00Z";
	}

	private String create(int year, String title, boolean published) throws Exception {
		var result = mvc.perform(post("/api/v1/calls").with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body(year, title, 200_000, closing(year), published)))
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

	String applicant() {
		return data.applicant(data.district());
	}

	@Test
	void everyone_signed_in_lists_the_published_calls_with_their_rules() throws Exception {
		String open = "Öppen " + UUID.randomUUID();
		String closed = "Stängd " + UUID.randomUUID();
		int closedYear = cycle.undecidedYear();
		TestCall.lum(cycle.undecidedYear()).title(open).create(data, cycle.officer(), administration);
		TestCall.lum(closedYear).title(closed).closed().create(data, cycle.officer(), administration);
		TestCall.lum(cycle.undecidedYear()).title("Utkast " + UUID.randomUUID()).draft()
			.create(data, cycle.officer(), administration);
		mvc.perform(get("/api/v1/calls").with(httpBasic(applicant(), TestData.PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == '" + open + "')].status").value(hasItem("OPEN")))
			.andExpect(jsonPath("$[?(@.title == '" + open + "')].maxAmountPerApplication").value(hasItem(750000)))
			.andExpect(jsonPath("$[?(@.title == '" + closed + "')].status").value(hasItem("CLOSED")))
			.andExpect(jsonPath("$[?(@.title == '" + closed + "')].repaymentNoticeDate")
				.value(hasItem(closedYear + "-06-02")))
			.andExpect(jsonPath("$[*].published").value(not(hasItem(false))));
	}

	@Test
	void an_officer_creates_a_draft_that_only_officers_see() throws Exception {
		String title = "API-utkast " + UUID.randomUUID();
		String id = create(cycle.undecidedYear(), title, false);
		String applicant = applicant();
		mvc.perform(get("/api/v1/calls/" + id).with(httpBasic(cycle.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/calls/" + id).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].title").value(not(hasItem(title))));
		mvc.perform(get("/api/v1/calls").with(httpBasic(cycle.officer(), TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].title").value(hasItem(title)));
	}

	@Test
	void an_officer_changes_and_publishes_a_call() throws Exception {
		int year = cycle.year();
		String title = "API-ändras " + UUID.randomUUID();
		String id = create(year, title, false);
		String later = (year - 1) + "-11-30T22:59:00Z";
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body(year, title, 300_000, later, true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budget").value(300000))
			.andExpect(jsonPath("$.closesAt").value(later))
			.andExpect(jsonPath("$.published").value(true));
		mvc.perform(get("/api/v1/calls/" + id).with(httpBasic(applicant(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UPCOMING"));
	}

	@Test
	void broken_rules_answer_422_with_every_violation_in_swedish() throws Exception {
		int year = cycle.year();
		mvc.perform(post("/api/v1/calls").with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(year, "API-fel", 0, (year - 1) + "-08-01T00:00:00Z", false)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("budget-positive")))
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("closes-after-opens")))
			.andExpect(jsonPath("$.violations[*].message").value(hasItem("Fältet ”Budget” måste vara större än 0 kronor.")));
		mvc.perform(post("/api/v1/calls").with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"programme\":\"NOPE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("known-programme")))
			.andExpect(jsonPath("$.violations[*].field").value(hasItem("title")));
	}

	@Test
	void an_applicant_may_not_create_or_change_calls() throws Exception {
		int year = cycle.year();
		String applicant = applicant();
		mvc.perform(post("/api/v1/calls").with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body(year, "Sökandes försök", 100_000, closing(year), true)))
			.andExpect(status().isForbidden());
		var published = TestCall.lum(year).create(data, cycle.officer(), administration);
		mvc.perform(put("/api/v1/calls/" + published.id()).with(httpBasic(applicant(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(year, "En annan sökandes försök", 100_000, closing(year), false)))
			.andExpect(status().isForbidden());
		assertThat(calls.find(published.id()).orElseThrow().published()).isTrue();
		mvc.perform(post("/api/v1/programmes").with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"XYZ\",\"name\":\"x\",\"form\":\"PROJECT\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_calls_api_is_described_by_openapi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic(data.admin(), TestData.PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calls'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{id}'].put").exists());
	}

	@Test
	void the_api_requires_sign_in() throws Exception {
		mvc.perform(get("/api/v1/calls")).andExpect(status().isUnauthorized());
	}

	@Test
	void programmes_are_listed_for_everyone_signed_in() throws Exception {
		mvc.perform(get("/api/v1/programmes").with(httpBasic(data.reader(), TestData.PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("LUM")))
			.andExpect(jsonPath("$[*].code").value(hasItem("FoU")));
	}
}
