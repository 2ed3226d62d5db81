package se.fuel.knowledge.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchPageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	KnowledgeFixtures fixture;

	String officer;

	String reader;

	String applicant;

	@BeforeAll
	void people() {
		fixture = new KnowledgeFixtures(context);
		officer = fixture.officer();
		reader = data.reader();
		applicant = data.applicant(data.district());
	}

	@Autowired
	KnowledgeIndexer indexer;

	@Test
	void a_reader_searches_with_facets_and_sees_highlighted_snippets() throws Exception {
		String programme = KnowledgeFixtures.programme();
		fixture.published(programme, "Kartläggning av hemlösa", "Hemlösheten minskade när boendestödet ökade.", 2017,
				List.of("hemlösa vuxna"), List.of());
		mvc.perform(get("/knowledge").param("q", "boendestöd").param("programme", programme).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kartläggning av hemlösa")))
			.andExpect(content().string(containsString("<mark>boendestödet</mark>")))
			.andExpect(content().string(containsString("hemlösa vuxna (1)")))
			.andExpect(content().string(containsString("name=\"programme\"")));
	}

	@Test
	void a_drafts_text_is_not_on_the_search_page() throws Exception {
		String programme = KnowledgeFixtures.programme();
		fixture.draft(programme, "Hemligt utkast om brukarråd", "Utkast.", 2024);
		mvc.perform(get("/knowledge").param("programme", programme).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hemligt utkast"))));
	}

	@Test
	void the_api_answers_hits_and_facets() throws Exception {
		String programme = KnowledgeFixtures.programme();
		fixture.published(programme, "Brukarskola i API:t", "Brukarna undervisade personalen.", 2017, List.of(),
				List.of("brukarskola"));
		mvc.perform(get("/api/v1/knowledge/search").param("q", "brukare").param("programme", programme)
				.with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].title").value("Brukarskola i API:t"))
			.andExpect(jsonPath("$.facets.year[0].value").value("2017"));
	}

	@Test
	void an_items_similar_projects_come_as_a_partial_and_a_draft_is_hidden_from_readers() throws Exception {
		String programme = KnowledgeFixtures.programme();
		var item = fixture.published(programme, "Boendestöd för unga", "Boendestöd till unga vuxna.", 2017,
				List.of("unga vuxna " + programme), List.of());
		fixture.published(programme, "Unga vuxna i eget boende", "Stöd i boendet för unga vuxna.", 2024,
				List.of("unga vuxna " + programme), List.of());
		mvc.perform(get("/knowledge/{id}/similar", item).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unga vuxna i eget boende")))
			.andExpect(content().string(containsString("Samma målgrupp: <span lang=\"sv\">unga vuxna " + programme + "</span>")))
			.andExpect(content().string(not(containsString("<html"))));
		var draft = fixture.draft(programme, "Utkast", "Utkast.", 2024);
		mvc.perform(get("/knowledge/{id}/similar", draft).with(users.as(reader))).andExpect(status().isNotFound());
	}

	@Test
	void the_api_answers_similar_items_to_an_applications_texts_for_officers_only() throws Exception {
		fixture.published(KnowledgeFixtures.programme(), "Praktik för SFI-studerande",
				"SFI-studerande fick praktik.", 2017, List.of(), List.of());
		String body = "{\"title\":\"SFI och praktik\",\"text\":\"Praktik för SFI-studerande\","
				+ "\"targetGroups\":[],\"methods\":[]}";
		mvc.perform(post("/api/v1/knowledge/similar").contentType("application/json").content(body)
				.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reasons[0]").value(org.hamcrest.Matchers.startsWith("Gemensamma ord:")));
		mvc.perform(post("/api/v1/knowledge/similar").contentType("application/json").content(body)
				.with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_search_needs_a_signed_in_user() throws Exception {
		mvc.perform(get("/api/v1/knowledge/search").param("q", "stöd")).andExpect(status().isUnauthorized());
	}

	@Test
	void an_officer_rebuilds_the_index_and_sees_its_progress() throws Exception {
		mvc.perform(post("/knowledge/index").with(csrf()).with(users.as(officer)))
			.andExpect(redirectedUrl("/knowledge/index"));
		indexer.awaitRebuild();
		mvc.perform(get("/knowledge/index").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("index-progress-bar")));
		mvc.perform(get("/knowledge/index/progress").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Sökindexet är ombyggt.")));
	}

	@Test
	void applicants_and_readers_may_not_rebuild_the_index() throws Exception {
		mvc.perform(post("/knowledge/index").with(csrf()).with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/index").with(users.as(reader))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/knowledge/index").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
