package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * What an anonymous visitor may reach (the accessibility statement, the login page, health) and what only an
 * administrator may: the API description and Swagger UI.
 */
@FuelIntegrationTest
class PublicResourcesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	String admin;

	String officer;

	String applicant;

	@BeforeEach
	void accounts() {
		admin = data.admin();
		officer = data.officer();
		applicant = data.applicant(data.district());
	}

	@Test
	void every_stylesheet_and_script_a_page_links_is_served_to_a_visitor_from_its_address_without_a_version()
			throws Exception {
		String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<String> links = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(page).results()
			.map(match -> match.group(1))
			.toList();

		assertThat(links).anyMatch(link -> link.startsWith("/webjars/govuk-frontend/dist/"))
			.anyMatch(link -> link.startsWith("/webjars/htmx.org/"));
		for (String link : links) {
			assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).as(link).isEqualTo(200);
		}
	}

	@Test
	void the_favicon_is_there_for_a_visitor_who_is_not_signed_in_and_every_page_names_it() throws Exception {
		byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(icon).startsWith(0, 0, 1, 0);
		mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
		mvc.perform(get("/login"))
			.andExpect(content().string(Matchers.containsString("<link rel=\"icon\" href=\"/favicon.ico\"")));
	}

	@Test
	void the_openapi_description_names_fuel_and_requires_http_basic() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.info.title").value("Fuel API"))
			.andExpect(jsonPath("$.info.description").value(Matchers.containsString("HTTP Basic")))
			.andExpect(jsonPath("$.components.securitySchemes.basic.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].basic").isArray());
	}

	@Test
	void the_openapi_description_is_refused_to_anonymous_visitors_and_other_roles() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=\"Fuel\"")));
		mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs").with(httpBasic(officer, TestData.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/v3/api-docs").with(users.as(applicant))).andExpect(status().isForbidden());
	}

	@Test
	void swagger_ui_opens_for_a_signed_in_administrator_only() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/swagger-ui/index.html").with(users.as(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/swagger-ui.html").with(users.as(admin))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html").with(users.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("swagger-ui")));
		mvc.perform(get("/v3/api-docs/swagger-config").with(users.as(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/v3/api-docs"));
		mvc.perform(get("/v3/api-docs").with(users.as(admin))).andExpect(status().isOk());
	}

	@Test
	void the_api_itself_still_requires_basic_authentication_and_says_so_in_a_challenge_and_a_problem()
			throws Exception {
		mvc.perform(get("/api/v1/calls"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=\"Fuel\"")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Inloggning krävs"));
		mvc.perform(get("/api/v1/calls").with(httpBasic(applicant, "fel lösenord \"med\" citat")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=\"Fuel\"")))
			.andExpect(jsonPath("$.detail").value("Ange användarnamn och lösenord med HTTP Basic."));
	}

	@Test
	void the_accessibility_statement_is_public_and_names_digg() throws Exception {
		mvc.perform(get("/tillganglighet"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tillgänglighetsredogörelse för Fuel")))
			.andExpect(content().string(Matchers.containsString("https://www.digg.se/tdosanmalan")))
			.andExpect(content().string(Matchers.containsString("delvis förenlig")));
	}

	@Test
	void an_unknown_api_address_answers_a_problem_detail_but_an_unknown_page_the_error_page() throws Exception {
		mvc.perform(get("/api/v1/finns-inte").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/finns-inte").with(users.as(applicant)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
	}
}
