package se.fuel.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** The statistics landing page offers each role only the pages it may open. */
@FuelIntegrationTest
class StatisticsIndexIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Test
	void an_officer_is_offered_the_funds_the_series_the_comparison_the_import_and_the_events() throws Exception {
		mvc.perform(get("/statistics").with(users.as(data.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statistics-funds\"")))
			.andExpect(content().string(containsString("id=\"statistics-assistance\"")))
			.andExpect(content().string(containsString("id=\"statistics-comparison\"")))
			.andExpect(content().string(containsString("id=\"statistics-import\"")))
			.andExpect(content().string(containsString("id=\"statistics-events\"")));
	}

	@Test
	void an_applicant_is_not_offered_the_comparison_or_the_import() throws Exception {
		mvc.perform(get("/statistics").with(users.as(data.applicant(data.district()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statistics-funds\"")))
			.andExpect(content().string(not(containsString("id=\"statistics-comparison\""))))
			.andExpect(content().string(not(containsString("id=\"statistics-import\""))));
	}

	@Test
	void a_council_member_is_not_offered_the_fund_statistics_it_may_not_read() throws Exception {
		mvc.perform(get("/statistics").with(users.as(data.council(data.district()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"statistics-funds\""))))
			.andExpect(content().string(containsString("id=\"statistics-assistance\"")));
	}
}
