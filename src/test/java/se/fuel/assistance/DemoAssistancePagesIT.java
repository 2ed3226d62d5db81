package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * The demo's economic-assistance page as the README tour shows it: the city 1999–2004 with the break of November 2002,
 * 14 656 adults in December 2003, −37.5 % against 1999 and 4 184 of them unemployed, in the page, its CSV and the API.
 */
@DemoDataTest
class DemoAssistancePagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void the_demo_page_shows_the_citys_series_of_the_source_documents() throws Exception {
		mvc.perform(get("/statistics/assistance").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-heading\">Vuxna bidragstagare, Hela staden 1999–2004</h2>")))
			.andExpect(content().string(containsString("Seriebrott nov 2002")))
			.andExpect(content().string(containsString("14\u00a0656")))
			.andExpect(content().string(containsString("påhittade siffror")));
		String csv = mvc.perform(get("/statistics/assistance.csv").param("to", "2003").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Hela staden;Vuxna bidragstagare;Alla;2003-12;14656;14400;-37,5")
			.contains("Arbetslöshet;4184;");
		mvc.perform(get("/api/v1/statistics/assistance/series").param("to", "2003").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shares[0].value").value(4184.0))
			.andExpect(jsonPath("$.breaks[0].month").value("2002-11"));
	}
}
