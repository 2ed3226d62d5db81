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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

@DemoDataTest
@Import(KnowledgeSearchFixture.class)
class KnowledgeSearchPageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	KnowledgeSearchFixture fixture;

	@Autowired
	KnowledgeIndexer indexer;

	@Test
	void a_reader_searches_with_facets_and_sees_highlighted_snippets() throws Exception {
		String programme = KnowledgeSearchFixture.programme();
		fixture.published(programme, "Kartläggning av hemlösa", "Hemlösheten minskade när boendestödet ökade.", 2017,
				List.of("hemlösa vuxna"), List.of());
		mvc.perform(get("/knowledge").param("q", "boendestöd").param("programme", programme).with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kartläggning av hemlösa")))
			.andExpect(content().string(containsString("<mark>boendestödet</mark>")))
			.andExpect(content().string(containsString("hemlösa vuxna (1)")))
			.andExpect(content().string(containsString("name=\"programme\"")));
	}

	@Test
	void a_drafts_text_is_not_on_the_search_page() throws Exception {
		String programme = KnowledgeSearchFixture.programme();
		fixture.draft(programme, "Hemligt utkast om brukarråd", "Utkast.", 2024);
		mvc.perform(get("/knowledge").param("programme", programme).with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hemligt utkast"))));
	}

	@Test
	void the_api_answers_hits_and_facets() throws Exception {
		String programme = KnowledgeSearchFixture.programme();
		fixture.published(programme, "Brukarskola i API:t", "Brukarna undervisade personalen.", 2017, List.of(),
				List.of("brukarskola"));
		mvc.perform(get("/api/v1/knowledge/search").param("q", "brukare").param("programme", programme)
				.with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].title").value("Brukarskola i API:t"))
			.andExpect(jsonPath("$.facets.year[0].value").value("2017"));
	}

	@Test
	void an_items_similar_projects_come_as_a_partial_and_a_draft_is_hidden_from_readers() throws Exception {
		String programme = KnowledgeSearchFixture.programme();
		var item = fixture.published(programme, "Boendestöd för unga", "Boendestöd till unga vuxna.", 2017,
				List.of("unga vuxna " + programme), List.of());
		fixture.published(programme, "Unga vuxna i eget boende", "Stöd i boendet för unga vuxna.", 2024,
				List.of("unga vuxna " + programme), List.of());
		mvc.perform(get("/knowledge/{id}/similar", item).with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unga vuxna i eget boende")))
			.andExpect(content().string(containsString("Samma målgrupp: <span lang=\"sv\">unga vuxna " + programme + "</span>")))
			.andExpect(content().string(not(containsString("<html"))));
		var draft = fixture.draft(programme, "Utkast", "Utkast.", 2024);
		mvc.perform(get("/knowledge/{id}/similar", draft).with(users.as("lasare"))).andExpect(status().isNotFound());
	}

	@Test
	void the_api_answers_similar_items_to_an_applications_texts_for_officers_only() throws Exception {
		String body = "{\"title\":\"SFI och praktik\",\"text\":\"Praktik för SFI-studerande\","
				+ "\"targetGroups\":[],\"methods\":[]}";
		mvc.perform(post("/api/v1/knowledge/similar").contentType("application/json").content(body)
				.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reasons[0]").value(org.hamcrest.Matchers.startsWith("Gemensamma ord:")));
		mvc.perform(post("/api/v1/knowledge/similar").contentType("application/json").content(body)
				.with(httpBasic("farsta", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_search_needs_a_signed_in_user() throws Exception {
		mvc.perform(get("/api/v1/knowledge/search").param("q", "stöd")).andExpect(status().isUnauthorized());
	}

	@Test
	void an_officer_rebuilds_the_index_and_sees_its_progress() throws Exception {
		mvc.perform(post("/knowledge/index").with(csrf()).with(users.as("handlaggare")))
			.andExpect(redirectedUrl("/knowledge/index"));
		indexer.awaitRebuild();
		mvc.perform(get("/knowledge/index").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("index-progress-bar")));
		mvc.perform(get("/knowledge/index/progress").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Sökindexet är ombyggt.")));
	}

	@Test
	void applicants_and_readers_may_not_rebuild_the_index() throws Exception {
		mvc.perform(post("/knowledge/index").with(csrf()).with(users.as("farsta"))).andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/index").with(users.as("lasare"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/knowledge/index").with(httpBasic("farsta", "demo")))
			.andExpect(status().isForbidden());
	}
}
