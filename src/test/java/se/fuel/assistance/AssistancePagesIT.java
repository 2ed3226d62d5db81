package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/** The economic-assistance page, its exports and its API, as readers and others see them. */
@DemoDataTest
class AssistancePagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void a_reader_sees_the_city_series_as_table_and_chart_with_its_break() throws Exception {
		mvc.perform(get("/statistics/assistance").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Ekonomiskt bistånd</h1>")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<title id=\"chart-title\">Vuxna bidragstagare, Hela staden 1999–2004</title>")))
			.andExpect(content().string(containsString("Seriebrott nov 2002")))
			// The figure's own title, not the layout's <title> fragment that once shadowed it
			.andExpect(content().string(containsString("id=\"figure-heading\">Vuxna bidragstagare, Hela staden 1999–2004</h2>")))
			.andExpect(content().string(not(containsString("&lt;title"))))
			// A year is not a number with a thousands separator
			.andExpect(content().string(containsString(">Förändring mot 1999</th>")))
			.andExpect(content().string(containsString("Jämfört med 1999 har")))
			.andExpect(content().string(containsString("id=\"series-table\"")))
			.andExpect(content().string(containsString("14\u00a0656")))
			.andExpect(content().string(containsString("påhittade siffror")))
			.andExpect(content().string(not(containsString("assistance-import-link"))));
	}

	@Test
	void in_english_the_page_names_the_measure_the_city_and_the_barriers_in_english() throws Exception {
		mvc.perform(get("/statistics/assistance").param("lang", "en").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-heading\">Adult recipients, The whole city 1999–2004</h2>")))
			.andExpect(content().string(containsString(">Social or medical barriers</")))
			.andExpect(content().string(containsString(">The whole city</option>")))
			.andExpect(content().string(containsString("Nov 2002")))
			.andExpect(content().string(not(containsString("Hela staden"))))
			.andExpect(content().string(not(containsString("Vuxna bidragstagare"))))
			.andExpect(content().string(not(containsString("Sociala/medicinska hinder"))));
	}

	@Test
	void in_english_a_year_that_is_not_a_year_is_explained_in_english() throws Exception {
		mvc.perform(get("/statistics/assistance").param("lang", "en").param("from", "nittio").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From year: enter a year between 1990 and 2100, e.g. 1999.")));
	}

	@Test
	void an_officer_sees_a_district_and_the_import_link() throws Exception {
		mvc.perform(get("/statistics/assistance").param("organisation", "farsta").param("measure", "hushall")
				.param("base", "2000").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bidragshushåll, Farsta 1999–2004")))
			.andExpect(content().string(containsString("Förändring mot 2000")))
			.andExpect(content().string(containsString("assistance-import-link")));
	}

	@Test
	void a_year_that_is_not_a_year_is_reported_in_the_error_summary() throws Exception {
		mvc.perform(get("/statistics/assistance").param("from", "nittionio").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#from\"")))
			.andExpect(content().string(containsString("Från år: skriv ett år")));
	}

	@Test
	void the_series_exports_as_csv_and_xlsx_with_the_same_numbers() throws Exception {
		String csv = mvc.perform(get("/statistics/assistance.csv").param("to", "2003").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("ekonomiskt-bistand-vuxna-1999-2003.csv")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Organisation;Mått;Kategori;Period").contains("Hela staden;Vuxna bidragstagare;Alla;2003-12;14656;14400;-37,5");
		byte[] xlsx = mvc.perform(get("/statistics/assistance.xlsx").param("to", "2003").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(se.fuel.assistance.web.AssistanceExport.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var rows = workbook.getFirstSheet().read();
			var december = rows.stream().filter(r -> "2003-12".equals(r.getCellText(3))).findFirst().orElseThrow();
			assertThat(december.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(14656);
			assertThat(december.getCellAsNumber(6).orElseThrow().doubleValue()).isEqualTo(-37.5);
		}
	}

	@Test
	void the_api_serves_the_same_numbers_to_a_reader() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/series").param("to", "2003").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisationName").value("Hela staden"))
			.andExpect(jsonPath("$.shares[0].value").value(4184.0))
			.andExpect(jsonPath("$.breaks[0].month").value("2002-11"));
		mvc.perform(get("/api/v1/statistics/assistance/series").param("measure", "hundar").with(httpBasic("lasare", "demo")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/statistics/assistance/series").param("organisation", "narnia").with(httpBasic("lasare", "demo")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void nobody_signed_out_sees_the_statistics() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/series")).andExpect(status().isUnauthorized());
		mvc.perform(get("/statistics/assistance")).andExpect(status().is3xxRedirection());
	}
}
