package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.fuel.FuelIntegrationTest;
import se.fuel.organisations.OrganisationKind;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
class ShellIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void an_anonymous_visitor_is_sent_to_the_swedish_login_page() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Logga in")))
			.andExpect(content().string(Matchers.containsString("lang=\"sv\"")));
	}

	@Test
	void a_user_signs_in_with_her_password_and_sees_her_name_organisation_and_role() throws Exception {
		String applicant = data.applicant(data.organisation(OrganisationKind.DISTRICT, "Skalets distrikt"));
		var session = mvc.perform(post("/login").param("username", applicant).param("password", TestData.PASSWORD)
			.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Test applicant")))
			.andExpect(content().string(Matchers.containsString("Skalets distrikt")))
			.andExpect(content().string(Matchers.containsString("Sökande")));
	}

	@Test
	void a_wrong_password_is_refused_with_a_swedish_message() throws Exception {
		mvc.perform(post("/login").param("username", data.applicant(data.district())).param("password", "fel").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(Matchers.containsString("Fel användarnamn eller lösenord")));
	}

	@Test
	void login_without_csrf_token_is_refused() throws Exception {
		mvc.perform(post("/login").param("username", data.applicant(data.district()))
			.param("password", TestData.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_unknown_page_answers_the_swedish_404_page() throws Exception {
		mvc.perform(get("/finns-inte").with(user("x").roles("APPLICANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void english_is_one_switch_away() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("Sign in")));
	}

	@Test
	void the_language_link_keeps_the_page_and_its_query_and_switches_the_language() throws Exception {
		String swedish = mvc.perform(get(URI.create("/login?error&q=boendest%C3%B6d")))
			.andExpect(content().string(Matchers.containsString("Logga in")))
			.andReturn().getResponse().getContentAsString();
		String toEnglish = languageLink(swedish, "en");
		assertThat(toEnglish).isEqualTo("/login?error&q=boendest%C3%B6d&lang=en");

		var english = mvc.perform(get(URI.create(toEnglish))).andExpect(status().isOk()).andReturn();
		String englishPage = english.getResponse().getContentAsString();
		assertThat(englishPage).contains("Sign in").contains("lang=\"en\"");
		String toSwedish = languageLink(englishPage, "sv");
		assertThat(toSwedish).isEqualTo("/login?error&q=boendest%C3%B6d&lang=sv");

		mvc.perform(get(URI.create(toSwedish)).cookie(english.getResponse().getCookies()))
			.andExpect(content().string(Matchers.containsString("Logga in")));
	}

	private static String languageLink(String page, String language) {
		var link = Pattern.compile("<a href=\"([^\"]*)\" lang=\"" + language + "\"").matcher(page);
		assertThat(link.find()).as("a link to the page in " + language).isTrue();
		return HtmlUtils.htmlUnescape(link.group(1));
	}

	@Test
	void health_is_open_to_probes_but_prometheus_metrics_only_to_administrators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("UP")));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=\"Fuel\"")));
		mvc.perform(get("/actuator/prometheus").with(httpBasic(data.officer(), TestData.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(data.admin(), TestData.PASSWORD))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}
}
