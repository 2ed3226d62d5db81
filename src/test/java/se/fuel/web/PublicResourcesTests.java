package se.fuel.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;

/** What an anonymous visitor may reach: the API description, Swagger UI and the accessibility statement. */
@FuelIntegrationTest
class PublicResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void the_openapi_description_names_fuel_and_requires_http_basic() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.info.title").value("Fuel API"))
			.andExpect(jsonPath("$.info.description").value(Matchers.containsString("HTTP Basic")))
			.andExpect(jsonPath("$.components.securitySchemes.basic.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].basic").isArray());
	}

	@Test
	void swagger_ui_opens_for_an_anonymous_visitor() throws Exception {
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("swagger-ui")));
		mvc.perform(get("/v3/api-docs/swagger-config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/v3/api-docs"));
	}

	@Test
	void the_api_itself_still_requires_basic_authentication() throws Exception {
		mvc.perform(get("/api/v1/calls")).andExpect(status().isUnauthorized());
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
		mvc.perform(get("/api/v1/finns-inte").with(httpBasic("farsta", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/finns-inte").with(users.as("farsta")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
	}
}
