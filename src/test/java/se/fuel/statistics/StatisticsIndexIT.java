package se.fuel.statistics;

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

/** The statistics landing page offers each role only the pages it may open. */
@DemoDataTest
class StatisticsIndexIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void an_officer_is_offered_the_funds_the_series_the_comparison_the_import_and_the_events() throws Exception {
		mvc.perform(get("/statistics").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statistics-funds\"")))
			.andExpect(content().string(containsString("id=\"statistics-assistance\"")))
			.andExpect(content().string(containsString("id=\"statistics-comparison\"")))
			.andExpect(content().string(containsString("id=\"statistics-import\"")))
			.andExpect(content().string(containsString("id=\"statistics-events\"")));
	}

	@Test
	void an_applicant_is_not_offered_the_comparison_or_the_import() throws Exception {
		mvc.perform(get("/statistics").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statistics-funds\"")))
			.andExpect(content().string(not(containsString("id=\"statistics-comparison\""))))
			.andExpect(content().string(not(containsString("id=\"statistics-import\""))));
	}

	@Test
	void a_council_member_is_not_offered_the_fund_statistics_it_may_not_read() throws Exception {
		mvc.perform(get("/statistics").with(users.as("radsledamot")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"statistics-funds\""))))
			.andExpect(content().string(containsString("id=\"statistics-assistance\"")));
	}
}
