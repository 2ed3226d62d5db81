package se.fuel.knowledge.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.FacetValue;
import se.fuel.knowledge.KnowledgeSearch.Hit;
import se.fuel.knowledge.KnowledgeSearch.Order;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.KnowledgeSearch.Result;

/** The knowledge bank's facets search at once with htmx, and the same form still searches without JavaScript. */
@WebSliceTest
class KnowledgeSearchPageSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	KnowledgeSearch search;

	@Test
	void aChangedFacetSentByHtmxGetsOnlyTheFacetsTheHitsAndTheFollowButtonsForThatSearch() throws Exception {
		givenAReportFoundFor("Rapport");

		mvc.perform(get("/knowledge").param("q", "boende").param("kind", "REPORT").header("HX-Request", "true")
			.with(SliceSignIn.as(identity, Role.READER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"knowledge-results-area\""),
					containsString("id=\"facet-kind-0\""), containsString("checked"),
					containsString(">Boendestöd i Farsta<"),
					containsString("id=\"knowledge-follow\" class=\"govuk-!-margin-top-6\" hx-swap-oob=\"true\""))))
			.andExpect(content().string(allOf(not(containsString("<html")), not(containsString("<h1")),
					not(containsString("id=\"knowledge-search\"")))));
	}

	@Test
	void withoutHtmxTheWholePageComesWithAFormThatSearchesOnChangeAndASokButtonThatStillSubmits() throws Exception {
		givenAReportFoundFor("Rapport");

		mvc.perform(get("/knowledge").param("q", "boende").param("kind", "REPORT")
			.with(SliceSignIn.as(identity, Role.READER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1"),
					containsString("<form method=\"get\" action=\"/knowledge\" id=\"knowledge-search\" role=\"search\""),
					containsString("hx-get=\"/knowledge\""), containsString("hx-trigger=\"change\""),
					containsString("hx-target=\"#knowledge-results-area\""), containsString("hx-push-url=\"true\""),
					containsString("type=\"submit\" class=\"govuk-button\" id=\"knowledge-search-submit\""),
					containsString("id=\"knowledge-results-area\""), containsString(">Boendestöd i Farsta<"),
					containsString("id=\"knowledge-follow\" class=\"govuk-!-margin-top-6\">"))))
			.andExpect(content().string(not(containsString("hx-swap-oob"))));
	}

	private void givenAReportFoundFor(String kindLabel) {
		Query asked = new Query("boende", Map.of("kind", Set.of("REPORT")), Order.RELEVANCE, 1, 10);
		given(search.search(argThat(q -> q != null && q.text().equals("boende")
				&& q.filters().equals(Map.of("kind", Set.of("REPORT"))))))
			.willReturn(new Result(asked, 1,
					List.of(new Hit(UUID.randomUUID(), "Boendestöd i Farsta", KnowledgeKind.REPORT, 2024,
							List.of("Farsta"), "… <mark>boende</mark> …", false)),
					Map.of("kind", List.of(new FacetValue("REPORT", kindLabel, 1, true)))));
	}
}
