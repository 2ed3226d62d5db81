package se.fuel.assistance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/** The district comparison on the demo districts of 2003, for officers only. */
@DemoDataTest
class DistrictComparisonIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void an_officer_compares_the_eighteen_districts_of_2003_and_reads_the_explanation() throws Exception {
		mvc.perform(get("/statistics/assistance/comparison").param("run", "1").param("year", "2003")
				.param("variables", "arbetsloshet", "utrikes_fodda").param("perThousand", "true")
				.with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison-table\"")))
			.andExpect(content().string(containsString("Rinkeby")))
			.andExpect(content().string(containsString(" 2003: faktiskt och förväntat per stadsdel")))
			.andExpect(content().string(containsString("de 18 stadsdelarna (R²)")))
			.andExpect(content().string(containsString("minsta kvadratmetoden")));
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

	@Test
	void without_variables_the_form_says_what_is_missing() throws Exception {
		mvc.perform(get("/statistics/assistance/comparison").param("run", "1").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#variables\"")));
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("year", "1800")
				.param("variables", "arbetsloshet").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void readers_and_applicants_may_not_run_the_comparison() throws Exception {
		mvc.perform(get("/statistics/assistance/comparison").with(users.as("lasare"))).andExpect(status().isForbidden());
		mvc.perform(get("/statistics/assistance/comparison").with(users.as("farsta"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("variables", "arbetsloshet")
				.with(httpBasic("lasare", "demo"))).andExpect(status().isForbidden());
	}
}
