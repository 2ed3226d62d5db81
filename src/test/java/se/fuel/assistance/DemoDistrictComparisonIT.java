package se.fuel.assistance;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;

/** The demo's district comparison: its eighteen made-up districts of 2003 give the comparison something to show. */
@DemoDataTest
class DemoDistrictComparisonIT {

	@Autowired
	MockMvc mvc;

	@Test
	void the_demo_compares_the_eighteen_districts_of_2003() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("year", "2003")
				.param("variables", "arbetsloshet").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districts").value(18))
			.andExpect(jsonPath("$.rows", hasSize(18)))
			.andExpect(jsonPath("$.coefficients", hasSize(2)));
	}

	@Test
	void the_demo_districts_are_not_a_perfect_fit_so_the_comparison_has_something_to_show() throws Exception {
		// Each made-up district has a character of its own beyond its share of recipients (tools/make-demo-assistance.py)
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("year", "2003")
				.param("variables", "arbetsloshet", "utrikes_fodda", "ensamstaende_foraldrar").param("perThousand", "true")
				.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rSquared", lessThan(0.95)))
			.andExpect(jsonPath("$.rSquared", greaterThan(0.5)))
			.andExpect(jsonPath("$.rows[?(@.flag != 0)]", hasSize(greaterThan(0))));
	}
}
