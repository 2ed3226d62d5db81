package se.fuel.assistance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The district comparison, for officers only, on districts of the test's own in a year no other test of the context
 * has figures for (so the comparison holds exactly those districts).
 */
@FuelIntegrationTest
class DistrictComparisonIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	@Test
	void an_officer_compares_the_districts_of_a_year_and_reads_the_explanation() throws Exception {
		var fixtures = new AssistanceFixtures(context);
		int year = cycle.year();
		List<AssistanceFixtures.District> districts = fixtures.comparableYear(year, 6);
		mvc.perform(get("/statistics/assistance/comparison").param("run", "1").param("year", Integer.toString(year))
				.param("variables", "arbetsloshet", "utrikes_fodda").param("perThousand", "true")
				.with(users.as(fixtures.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison-table\"")))
			.andExpect(content().string(containsString(districts.get(3).name())))
			.andExpect(content().string(containsString(" " + year + ": faktiskt och förväntat per stadsdel")))
			.andExpect(content().string(containsString("de 6 stadsdelarna (R²)")))
			.andExpect(content().string(containsString("minsta kvadratmetoden")));
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("year", Integer.toString(year))
				.param("variables", "arbetsloshet").with(httpBasic(fixtures.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districts").value(6))
			.andExpect(jsonPath("$.rows", hasSize(6)))
			.andExpect(jsonPath("$.coefficients", hasSize(2)));
	}

	@Test
	void without_variables_the_form_says_what_is_missing() throws Exception {
		String officer = data.officer();
		mvc.perform(get("/statistics/assistance/comparison").param("run", "1").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#variables\"")));
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("year", "1800")
				.param("variables", "arbetsloshet").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void readers_and_applicants_may_not_run_the_comparison() throws Exception {
		String reader = data.reader();
		mvc.perform(get("/statistics/assistance/comparison").with(users.as(reader))).andExpect(status().isForbidden());
		mvc.perform(get("/statistics/assistance/comparison").with(users.as(data.applicant(data.district()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/statistics/assistance/comparison").param("variables", "arbetsloshet")
				.with(httpBasic(reader, TestData.PASSWORD))).andExpect(status().isForbidden());
	}
}
