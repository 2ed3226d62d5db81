package se.fuel.knowledge.internal;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.ApplicationContext;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodType;
import se.fuel.testdata.TestData;

/** The methods catalogue of the test's own methods. (The demo's methods: DemoKnowledgeCompletenessIT.) */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodCatalogueIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MethodRepository methods;

	@Autowired
	MethodCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	KnowledgeFixtures knowledge;

	String officer;

	String reader;

	String applicant;

	String council;

	@BeforeAll
	void people() {
		knowledge = new KnowledgeFixtures(context);
		officer = knowledge.officer();
		reader = data.reader();
		applicant = data.applicant(data.district());
		council = data.council(data.district());
	}

	/** A new method of the catalogue with the evidence status; answers its id. */
	private String method(String name, EvidenceStatus evidence) {
		return knowledge.asOfficer(() -> catalogue.create(new MethodInput(name + " " + UUID.randomUUID(),
				MethodType.INTERVENTION, "Unga vuxna", "Arbete", null, null, evidence, null, null, List.of(),
				List.of("Testdistriktet")))).id().toString();
	}

	private static String json(String name, String status) {
		return """
				{"name":"%s","type":"INTERVENTION","targetGroup":"Unga vuxna","purpose":"Arbete",
				 "evidenceStatus":%s,"evidenceSource":"https://example.org/metod",
				 "trials":[{"title":"Testprojekt","year":2024}],"adopters":["Farsta stadsdelsförvaltning"]}
				""".formatted(name, status == null ? "null" : "\"" + status + "\"");
	}

	@Test
	void no_studies_is_explained_as_unknown_effect_never_as_no_effect() throws Exception {
		mvc.perform(get("/knowledge/methods/" + method("Brukarskola", EvidenceStatus.NO_STUDIES)).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Inga studier<")))
			.andExpect(content().string(containsString("det betyder inte att metoden saknar effekt")))
			.andExpect(content().string(not(containsString("Studier visar ingen effekt"))));
	}

	@Test
	void the_catalogue_answers_the_api_for_everyone_signed_in() throws Exception {
		String id = method("Fördjupningen", EvidenceStatus.LOCAL_FOLLOW_UP);
		mvc.perform(get("/api/v1/knowledge/methods").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/knowledge/methods/" + id).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidenceStatus").value("LOCAL_FOLLOW_UP"));
	}

	@Test
	void an_unknown_method_is_not_found() throws Exception {
		mvc.perform(get("/knowledge/methods/" + UUID.randomUUID()).with(users.as(reader)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refuses_edits_by_readers_and_applicants() throws Exception {
		String id = method("Ibility", EvidenceStatus.NO_STUDIES);
		mvc.perform(get("/knowledge/methods/new").with(users.as(reader))).andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/methods/" + id + "/edit").with(users.as(applicant)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/methods").with(users.as(reader)).with(csrf())
			.param("name", "Smygmetod").param("type", "INTERVENTION").param("evidenceStatus", "NO_STUDIES"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/methods/" + id).with(users.as(applicant)).with(csrf()).param("name", "Ändrad"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/knowledge/methods").with(httpBasic(reader, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json("API-smyg", "NO_STUDIES")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/knowledge/methods/" + id).with(httpBasic(council, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json("Ibility", "NO_STUDIES")))
			.andExpect(status().isForbidden());
		assertThat(methods.findByNameIgnoreCase("Smygmetod")).isEmpty();
	}

	@Test
	void an_officer_adds_and_changes_a_method_and_the_change_is_audited() throws Exception {
		String name = "Testmetod " + UUID.randomUUID();
		var created = mvc.perform(post("/knowledge/methods").with(users.as(officer)).with(csrf())
			.param("name", name).param("type", "WAY_OF_WORKING").param("evidenceStatus", "NO_STUDIES")
			.param("trials", "2024: Farsta – testprojekt\nUtan år").param("adopters", "Farsta stadsdelsförvaltning"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/knowledge/methods/*"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();

		mvc.perform(post(location).with(users.as(officer)).with(csrf()).param("name", name)
			.param("type", "WAY_OF_WORKING").param("evidenceStatus", "MIXED").param("trials", "2024: Farsta – testprojekt"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get(location).with(users.as(officer)))
			.andExpect(content().string(containsString("Blandade resultat")))
			.andExpect(content().string(containsString("2024: Farsta – testprojekt")))
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("ändrad")));
	}

	@Test
	void a_form_with_errors_is_shown_again_with_a_summary_and_what_was_typed() throws Exception {
		mvc.perform(post("/knowledge/methods").with(users.as(officer)).with(csrf())
			.param("name", "").param("type", "INTERVENTION").param("purpose", "Mitt syfte")
			.param("evidenceSource", "metodguiden"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Välj vad som är känt om metodens effekt.")))
			.andExpect(content().string(containsString("börjar med https://")))
			.andExpect(content().string(containsString("Mitt syfte")));
	}

	@Test
	void the_api_creates_a_method_and_answers_422_naming_the_fields() throws Exception {
		String name = "API-metod " + UUID.randomUUID();
		var result = mvc.perform(post("/api/v1/knowledge/methods").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json(name, "INSUFFICIENT")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trials[0].title").value("Testprojekt"))
			.andReturn();
		String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");

		mvc.perform(put("/api/v1/knowledge/methods/" + id).with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json(name, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field").value(hasItem("evidenceStatus")));
		mvc.perform(post("/api/v1/knowledge/methods").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json(name, "NO_STUDIES")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("unique")));
	}
}
