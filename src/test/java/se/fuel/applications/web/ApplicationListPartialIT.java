package se.fuel.applications.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** The officer's filters fetch only the results through htmx; the page itself still works without JavaScript. */
@FuelIntegrationTest
class ApplicationListPartialIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	/** A district of the test's own and its application, and another district's. */
	UUID farsta;

	String farstaTitle;

	String sodermalm;

	String sodermalmTitle;

	@BeforeEach
	void twoDistrictsApply() throws Exception {
		int year = cycle.year();
		UUID call = cycle.call(year);
		farsta = data.district();
		farstaTitle = "Digital lots " + UUID.randomUUID();
		cycle.submitted(data.applicant(farsta), call, year, farstaTitle, 300_000);
		sodermalm = data.applicant(data.district());
		sodermalmTitle = "Prata om det " + UUID.randomUUID();
		cycle.submitted(sodermalm, call, year, sodermalmTitle, 200_000);
	}

	@Test
	void an_htmx_filter_request_gets_the_results_without_the_page_chrome() throws Exception {
		mvc.perform(get("/applications").param("organisationId", farsta.toString())
				.header("HX-Request", "true").with(users.as(cycle.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"application-results\""),
					containsString(farstaTitle), not(containsString(sodermalmTitle)),
					not(containsString("<html")), not(containsString("fuel-header")), not(containsString("<form")))));
	}

	@Test
	void the_same_address_without_htmx_is_the_whole_page_with_its_filters() throws Exception {
		mvc.perform(get("/applications").with(users.as(cycle.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("fuel-header"),
					containsString("hx-get=\"/applications\""), containsString("id=\"application-results\""))));
	}

	@Test
	void the_partial_keeps_another_organisations_applications_hidden_from_an_applicant() throws Exception {
		mvc.perform(get("/applications").header("HX-Request", "true").with(users.as(sodermalm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(sodermalmTitle), not(containsString(farstaTitle)))));
	}
}
