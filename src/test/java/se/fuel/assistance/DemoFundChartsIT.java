package se.fuel.assistance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * The charts beside the fund statistics' tables on the demo's figures: table 1.3 of the source documents (2002–2003,
 * decided before Fuel, so without applications) and the demo's rounds of 2024.
 */
@DemoDataTest
class DemoFundChartsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void table_1_3_is_charted_in_english_too() throws Exception {
		mvc.perform(get("/statistics/funds/projects?from=2002&to=2003&lang=en").with(users.as("lasare")))
			.andExpect(content().string(containsString("3\u00a0836 thousand kronor, 6 projects")));
	}

	@Test
	void table_1_3_and_the_outcomes_have_charts_beside_their_tables() throws Exception {
		mvc.perform(get("/statistics/funds/projects?from=2002&to=2003").with(users.as("lasare")))
			.andExpect(content().string(containsString("id=\"projects-chart\"")))
			.andExpect(content().string(containsString("3\u00a0836 tkr, 6 projekt")));
		mvc.perform(get("/statistics/funds/outcomes?from=2024&to=2024").with(users.as("lasare")))
			.andExpect(content().string(containsString("id=\"outcomes-chart\"")))
			.andExpect(content().string(containsString(" av ")));
	}

	@Test
	void the_overview_charts_grants_per_year_with_applications_only_where_the_reader_may_see_them_all() throws Exception {
		mvc.perform(get("/statistics/funds?from=2002&to=2003").with(users.as("lasare")))
			.andExpect(content().string(containsString("id=\"grants-chart\"")))
			.andExpect(content().string(containsString("beviljade (ansökningar: uppgift saknas)")));
		mvc.perform(get("/statistics/funds?from=2024&to=2024").with(users.as("lasare")))
			.andExpect(content().string(containsString("beviljade av ")));
		mvc.perform(get("/statistics/funds?from=2024&to=2024").with(users.as("farsta")))
			.andExpect(content().string(containsString("id=\"grants-chart\"")))
			.andExpect(content().string(not(containsString("beviljade av "))));
	}
}
