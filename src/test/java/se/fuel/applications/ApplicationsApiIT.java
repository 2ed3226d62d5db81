package se.fuel.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.CallView;
import se.fuel.calls.TestCall;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications through the API. "Farsta" is the test's own district that applies, "Södermalm" another district of
 * its own that must see nothing of Farsta's unless named as a partner.
 */
@FuelIntegrationTest
class ApplicationsApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Organisations organisations;

	@Autowired
	CallAdministration administration;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	int year;

	CallView lum;

	CallView mul;

	String farsta;

	UUID sodermalmId;

	String sodermalm;

	String officer;

	@BeforeEach
	void twoDistrictsAndTheYearsCalls() {
		year = cycle.year();
		officer = cycle.officer();
		lum = TestCall.lum(year).create(data, officer, administration);
		mul = TestCall.mul(year).create(data, officer, administration);
		farsta = data.applicant(data.district());
		sodermalmId = data.district();
		sodermalm = data.applicant(sodermalmId);
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	String body(String title, long amount, boolean genderAnalysis) {
		return """
				{"callId":"%s","title":"%s","contactName":"Fatima","contactEmail":"fatima@farsta.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 %s "requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[], "startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(lum.id(), title, genderAnalysis ? "\"genderAnalysis\":\"Analys\"," : "", amount, amount, year,
					year);
	}

	@Test
	void an_applicant_creates_a_draft_is_refused_with_both_violations_then_submits() throws Exception {
		String title = "API-projekt " + UUID.randomUUID();
		String created = mvc.perform(post("/api/v1/applications").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 800_000, false)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.title").value(title))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();

		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as(farsta)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[*].field", hasItem("requestedAmount")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("genderAnalysis")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("amount-within-cap")));
		mvc.perform(get("/api/v1/applications/" + id).with(as(farsta)))
			.andExpect(jsonPath("$.status").value("DRAFT"));

		// Södermalm can neither read nor change nor submit it.
		mvc.perform(get("/api/v1/applications/" + id).with(as(sodermalm)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/applications/" + id).with(as(sodermalm))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 500_000, true)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as(sodermalm)))
			.andExpect(status().isNotFound());

		mvc.perform(put("/api/v1/applications/" + id).with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 500_000, true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requestedAmount").value(500_000));
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.registrationNumber").value(matchesPattern("FoU " + year + "/\\d{4}")));

		// A submitted application is no longer a draft.
		mvc.perform(put("/api/v1/applications/" + id).with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 400_000, true)))
			.andExpect(status().is(422));

		// Only officers return it, with a message.
		mvc.perform(post("/api/v1/applications/" + id + "/return").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/applications/" + id + "/return").with(as(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera budgeten\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnedMessage").value("Komplettera budgeten"));
	}

	@Test
	void the_list_holds_only_what_the_caller_may_see() throws Exception {
		String title = "Listat projekt " + UUID.randomUUID();
		String soderTitle = "Södermalms eget " + UUID.randomUUID();
		String soderName = organisations.find(sodermalmId).orElseThrow().name();
		mvc.perform(post("/api/v1/applications").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 100_000, true)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/applications").with(as(sodermalm))
			.contentType(MediaType.APPLICATION_JSON).content(body(soderTitle, 100_000, true)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/applications").with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem(title)))
			.andExpect(jsonPath("$[*].title", not(hasItem(soderTitle))))
			.andExpect(jsonPath("$[*].leadOrganisation", not(hasItem(soderName))));
		String soder = mvc.perform(get("/api/v1/applications").with(as(sodermalm)))
			.andExpect(jsonPath("$[*].title", hasItem(soderTitle)))
			.andExpect(jsonPath("$[*].title", not(hasItem(title))))
			.andReturn().getResponse().getContentAsString();
		List<String> leads = JsonPath.read(soder, "$[*].leadOrganisation");
		assertThat(leads).containsOnly(soderName);
		mvc.perform(get("/api/v1/applications").with(as(officer)))
			.andExpect(jsonPath("$[*].title", hasItem(title)))
			.andExpect(jsonPath("$[*].leadOrganisation", hasItem(soderName)));
	}

	@Test
	void a_study_visit_needs_the_declaration_that_it_is_not_a_course_or_conference() throws Exception {
		String visit = """
				{"callId":"%s","title":"Studiebesök Oslo %s","contactName":"Fatima","contactEmail":"f@farsta.example",
				 "purpose":"Lära av kollegor","genderAnalysis":"Analys","destination":"Oslo","participants":3,
				 "participantRoles":"Socialsekreterare","requestedAmount":20000,
				 "budgetLines":[{"description":"Resa","amount":20000}],"startDate":"%d-05-10","endDate":"%d-05-12",
				 "notCourseOrConference":false}""".formatted(mul.id(), UUID.randomUUID(), year, year);
		String created = mvc.perform(post("/api/v1/applications").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(visit))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as(farsta)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[*].field", hasItem("declaredNotCourseOrConference")));
		mvc.perform(put("/api/v1/applications/" + id).with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON)
			.content(visit.replace("\"notCourseOrConference\":false", "\"notCourseOrConference\":true")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.destination").value("Oslo"))
			.andExpect(jsonPath("$.participants").value(3))
			.andExpect(jsonPath("$.registrationNumber").value(matchesPattern("FoU " + year + "/\\d{4}")));
	}

	@Test
	void a_partner_organisation_reads_the_application_but_cannot_change_it() throws Exception {
		String title = "Gemensamt projekt " + UUID.randomUUID();
		String withPartner = body(title, 100_000, true).replace("\"priorityAreas\":[]",
				"\"priorityAreas\":[], \"partnerOrganisationIds\":[\"" + sodermalmId + "\"]");
		String created = mvc.perform(post("/api/v1/applications").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(withPartner))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnerOrganisationIds[0]").value(sodermalmId.toString()))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(get("/api/v1/applications/" + id).with(as(sodermalm)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));
		mvc.perform(get("/api/v1/applications").with(as(sodermalm)))
			.andExpect(jsonPath("$[*].title", hasItem(title)));
		mvc.perform(put("/api/v1/applications/" + id).with(as(sodermalm))
			.contentType(MediaType.APPLICATION_JSON).content(withPartner))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_priority_area_outside_the_calls_list_is_refused_on_save() throws Exception {
		String bad = body("Fel område", 100_000, true).replace("\"priorityAreas\":[]",
				"\"priorityAreas\":[\"Något helt annat\"]");
		mvc.perform(post("/api/v1/applications").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[0].field").value("priorityAreas"));
	}

	@Test
	void council_and_reader_are_refused_and_an_unknown_id_is_not_found() throws Exception {
		mvc.perform(post("/api/v1/applications").with(as(data.council(data.district())))
			.contentType(MediaType.APPLICATION_JSON).content(body("Rådet", 1, true)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/applications").with(as(data.reader()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/applications/" + UUID.randomUUID()).with(as(officer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_applicant_attaches_lists_downloads_and_removes_a_file_through_the_api() throws Exception {
		String created = mvc.perform(post("/api/v1/applications").with(as(farsta))
			.contentType(MediaType.APPLICATION_JSON).content(body("Bilagor " + UUID.randomUUID(), 100_000, true)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String files = "/api/v1/applications/" + json.readTree(created).get("id").asString() + "/attachments";

		// No file is bad input, answered as a problem naming the field; a text file is not a PDF whatever its name.
		mvc.perform(multipart(files).param("note", "ingen fil").with(as(farsta)))
			.andExpect(status().is(422))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.violations[0].field").value("file"));
		mvc.perform(multipart(files).file(new MockMultipartFile("file", "lurad.pdf", "application/pdf",
				"bara text".getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(as(farsta)))
			.andExpect(status().is(422));

		String added = mvc.perform(multipart(files)
			.file(new MockMultipartFile("file", "budget.pdf", "application/pdf", ApplicationScenarioIT.PDF))
			.with(as(farsta)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("budget.pdf"))
			.andReturn().getResponse().getContentAsString();
		String file = files + "/" + json.readTree(added).get("id").asString();
		mvc.perform(get(files).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].fileName", contains("budget.pdf")));
		mvc.perform(get(file).with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(ApplicationScenarioIT.PDF));

		// Another district neither sees nor removes it; the lead district does.
		mvc.perform(delete(file).with(as(sodermalm))).andExpect(status().isNotFound());
		mvc.perform(delete(file).with(as(farsta))).andExpect(status().isNoContent());
		mvc.perform(get(files).with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get(file).with(as(farsta))).andExpect(status().isNotFound());
	}
}
