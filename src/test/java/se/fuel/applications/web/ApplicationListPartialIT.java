package se.fuel.applications.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.organisations.Organisations;

/** The officer's filters fetch only the results through htmx; the page itself still works without JavaScript. */
@DemoDataTest
class ApplicationListPartialIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Organisations organisations;

	@Test
	void an_htmx_filter_request_gets_the_results_without_the_page_chrome() throws Exception {
		var farsta = organisations.findByCode("farsta").orElseThrow();
		mvc.perform(get("/applications").param("organisationId", farsta.id().toString())
				.header("HX-Request", "true").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"application-results\""),
					containsString("Digital Lots för samsjukliga"), not(containsString("Prata om det")),
					not(containsString("<html")), not(containsString("fuel-header")), not(containsString("<form")))));
	}

	@Test
	void the_same_address_without_htmx_is_the_whole_page_with_its_filters() throws Exception {
		mvc.perform(get("/applications").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("fuel-header"),
					containsString("hx-get=\"/applications\""), containsString("id=\"application-results\""))));
	}

	@Test
	void the_partial_keeps_another_organisations_applications_hidden_from_an_applicant() throws Exception {
		mvc.perform(get("/applications").header("HX-Request", "true").with(users.as("sodermalm")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Prata om det"),
					not(containsString("Digital Lots för samsjukliga")))));
	}
}
