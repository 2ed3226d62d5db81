package se.fuel.applications;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import tools.jackson.databind.json.JsonMapper;

@DemoDataTest
class ApplicationsApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Calls calls;

	@Autowired
	JsonMapper json;

	@Autowired
	se.fuel.organisations.Organisations organisations;

	CallView call(String programme) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == 2027).findFirst()
			.orElseThrow();
	}

	String body(String title, long amount, boolean genderAnalysis) {
		return """
				{"callId":"%s","title":"%s","contactName":"Fatima","contactEmail":"fatima@farsta.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 %s "requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[], "startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(call("LUM").id(), title, genderAnalysis ? "\"genderAnalysis\":\"Analys\"," : "", amount, amount);
	}

	@Test
	void an_applicant_creates_a_draft_is_refused_with_both_violations_then_submits() throws Exception {
		String title = "API-projekt " + UUID.randomUUID();
		String created = mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 800_000, false)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.title").value(title))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();

		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[*].field", hasItem("requestedAmount")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("genderAnalysis")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("amount-within-cap")));
		mvc.perform(get("/api/v1/applications/" + id).with(httpBasic("farsta", "demo")))
			.andExpect(jsonPath("$.status").value("DRAFT"));

		// Södermalm can neither read nor change nor submit it.
		mvc.perform(get("/api/v1/applications/" + id).with(httpBasic("sodermalm", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/applications/" + id).with(httpBasic("sodermalm", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 500_000, true)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("sodermalm", "demo")))
			.andExpect(status().isNotFound());

		mvc.perform(put("/api/v1/applications/" + id).with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 500_000, true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requestedAmount").value(500_000));
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.registrationNumber").value(matchesPattern("FoU 2027/\\d{4}")));

		// A submitted application is no longer a draft.
		mvc.perform(put("/api/v1/applications/" + id).with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 400_000, true)))
			.andExpect(status().is(422));

		// Only officers return it, with a message.
		mvc.perform(post("/api/v1/applications/" + id + "/return").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/applications/" + id + "/return").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera budgeten\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnedMessage").value("Komplettera budgeten"));
	}

	@Test
	void the_list_holds_only_what_the_caller_may_see() throws Exception {
		String title = "Listat projekt " + UUID.randomUUID();
		mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body(title, 100_000, true)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/applications").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem(title)))
			.andExpect(jsonPath("$[*].leadOrganisation", not(hasItem("Södermalm"))));
		String soder = mvc.perform(get("/api/v1/applications").with(httpBasic("sodermalm", "demo")))
			.andExpect(jsonPath("$[*].title", not(hasItem(title))))
			.andReturn().getResponse().getContentAsString();
		// Other tests make joint projects with Södermalm as partner: a partner reads them, nobody else's.
		List<String> ledByOthers = JsonPath.read(soder, "$[?(@.leadOrganisation != 'Södermalm')].id");
		List<String> ownLead = JsonPath.read(soder, "$[?(@.leadOrganisation == 'Södermalm')].leadOrganisationId");
		for (String id : ledByOthers) {
			mvc.perform(get("/api/v1/applications/" + id).with(httpBasic("sodermalm", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.partnerOrganisationIds", hasItem(ownLead.get(0))));
		}
		mvc.perform(get("/api/v1/applications").with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$[*].title", hasItem(title)))
			.andExpect(jsonPath("$[*].leadOrganisation", hasItem("Södermalm")));
	}

	@Test
	void a_study_visit_needs_the_declaration_that_it_is_not_a_course_or_conference() throws Exception {
		String visit = """
				{"callId":"%s","title":"Studiebesök Oslo %s","contactName":"Fatima","contactEmail":"f@farsta.example",
				 "purpose":"Lära av kollegor","genderAnalysis":"Analys","destination":"Oslo","participants":3,
				 "participantRoles":"Socialsekreterare","requestedAmount":20000,
				 "budgetLines":[{"description":"Resa","amount":20000}],"startDate":"2027-05-10","endDate":"2027-05-12",
				 "notCourseOrConference":false}""".formatted(call("MUL").id(), UUID.randomUUID());
		String created = mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(visit))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[*].field", hasItem("declaredNotCourseOrConference")));
		mvc.perform(put("/api/v1/applications/" + id).with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(visit.replace("\"notCourseOrConference\":false", "\"notCourseOrConference\":true")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.destination").value("Oslo"))
			.andExpect(jsonPath("$.participants").value(3))
			.andExpect(jsonPath("$.registrationNumber").value(matchesPattern("FoU 2027/\\d{4}")));
	}

	@Test
	void a_partner_organisation_reads_the_application_but_cannot_change_it() throws Exception {
		UUID sodermalm = organisations.findByCode("sodermalm").orElseThrow().id();
		String title = "Gemensamt projekt " + UUID.randomUUID();
		String withPartner = body(title, 100_000, true).replace("\"priorityAreas\":[]",
				"\"priorityAreas\":[], \"partnerOrganisationIds\":[\"" + sodermalm + "\"]");
		String created = mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(withPartner))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnerOrganisationIds[0]").value(sodermalm.toString()))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(get("/api/v1/applications/" + id).with(httpBasic("sodermalm", "demo")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));
		mvc.perform(get("/api/v1/applications").with(httpBasic("sodermalm", "demo")))
			.andExpect(jsonPath("$[*].title", hasItem(title)));
		mvc.perform(put("/api/v1/applications/" + id).with(httpBasic("sodermalm", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(withPartner))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_priority_area_outside_the_calls_list_is_refused_on_save() throws Exception {
		String bad = body("Fel område", 100_000, true).replace("\"priorityAreas\":[]",
				"\"priorityAreas\":[\"Något helt annat\"]");
		mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[0].field").value("priorityAreas"));
	}

	@Test
	void council_and_reader_are_refused_and_an_unknown_id_is_not_found() throws Exception {
		mvc.perform(post("/api/v1/applications").with(httpBasic("radsledamot", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body("Rådet", 1, true)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/applications").with(httpBasic("lasare", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/applications/" + UUID.randomUUID()).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isNotFound());
	}
}
