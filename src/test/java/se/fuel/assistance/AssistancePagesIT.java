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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * The economic-assistance page, its exports and its API, as readers and others see them, on two districts of the
 * test's own in 1990–1995, years no other test of the context has figures for, so the whole city's figures are theirs.
 * Made up so that the city's adults fall from 10 000 a month in 1990 to a twelve-month average of 6 250 in December
 * 1994 (−37.5 %, 6 360 that month), with the registration level changing in November 1993; the first district's
 * households too.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistancePagesIT {

	static final String YEARS = "1990–1995";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	String reader;

	String officer;

	AssistanceFixtures.District first;

	@BeforeAll
	void figuresOfTheTestsOwn(@Autowired ApplicationContext context) throws Exception {
		var fixtures = new AssistanceFixtures(context);
		officer = fixtures.officer();
		reader = data.reader();
		first = fixtures.district();
		var second = fixtures.district();
		var rows = new StringBuilder();
		for (int year = 1990; year <= 1995; year++) {
			for (int month = 1; month <= 12; month++) {
				rows.append(adults(first, year, month, switch (year) {
					case 1990 -> 6000;
					case 1991, 1992 -> 5000;
					case 1993 -> 4000;
					case 1994 -> month == 12 ? 3860 : 3740;
					default -> 3000;
				}));
				rows.append(adults(second, year, month, switch (year) {
					case 1990, 1991, 1992 -> 4000;
					case 1993 -> 3500;
					case 1994 -> 2500;
					default -> 2000;
				}));
			}
			rows.append(AssistanceFixtures.everyMonth(first.code(), year, "hushall;alla", "individ", 3000 - 100 * (year - 1990))
				.replace("\n", ";ja\n"));
			if (year >= 1994) {
				rows.append(barrier(first, year, "arbetsloshet", 1000)).append(barrier(second, year, "arbetsloshet", 840))
					.append(barrier(first, year, "sociala_medicinska", 1500))
					.append(barrier(second, year, "sociala_medicinska", 1000));
			}
		}
		String result = fixtures.importAndWait(AssistanceFixtures.file("stad.csv",
				AssistanceFixtures.HEADER.replace("\n", ";påhittad\n") + rows), "REFUSE");
		assertThat(result).contains("\"STORED\"");
	}

	/** Counted per household until October 1993, per individual from November: a series break. */
	private static String adults(AssistanceFixtures.District d, int year, int month, int value) {
		String level = year < 1993 || (year == 1993 && month < 11) ? "hushall" : "individ";
		return "%s;%d-%02d;vuxna;alla;%s;%d;ja\n".formatted(d.code(), year, month, level, value);
	}

	private static String barrier(AssistanceFixtures.District d, int year, String category, int value) {
		return "%s;%d-12;vuxna;%s;individ;%d;ja\n".formatted(d.code(), year, category, value);
	}

	@Test
	void a_reader_sees_the_city_series_as_table_and_chart_with_its_break() throws Exception {
		mvc.perform(get("/statistics/assistance").param("from", "1990").param("to", "1995").param("base", "1990")
				.with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Ekonomiskt bistånd</h1>")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<title id=\"chart-title\">Vuxna bidragstagare, Hela staden " + YEARS + "</title>")))
			.andExpect(content().string(containsString("Seriebrott nov 1993")))
			// The figure's own title, not the layout's <title> fragment that once shadowed it
			.andExpect(content().string(containsString("id=\"figure-heading\">Vuxna bidragstagare, Hela staden " + YEARS + "</h2>")))
			.andExpect(content().string(not(containsString("&lt;title"))))
			// A year is not a number with a thousands separator
			.andExpect(content().string(containsString(">Förändring mot 1990</th>")))
			.andExpect(content().string(containsString("Jämfört med 1990 har")))
			.andExpect(content().string(containsString("id=\"series-table\"")))
			.andExpect(content().string(containsString("6\u00a0360")))
			.andExpect(content().string(containsString("påhittade siffror")))
			.andExpect(content().string(not(containsString("assistance-import-link"))));
	}

	@Test
	void without_choices_the_page_shows_the_city_from_1999_to_2004() throws Exception {
		mvc.perform(get("/statistics/assistance").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-heading\">Vuxna bidragstagare, Hela staden 1999–2004</h2>")));
	}

	@Test
	void in_english_the_page_names_the_measure_the_city_and_the_barriers_in_english() throws Exception {
		mvc.perform(get("/statistics/assistance").param("from", "1990").param("to", "1995").param("base", "1990")
				.param("lang", "en").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-heading\">Adult recipients, The whole city " + YEARS + "</h2>")))
			.andExpect(content().string(containsString(">Social or medical barriers</")))
			.andExpect(content().string(containsString(">The whole city</option>")))
			.andExpect(content().string(containsString("Nov 1993")))
			.andExpect(content().string(not(containsString("Hela staden"))))
			.andExpect(content().string(not(containsString("Vuxna bidragstagare"))))
			.andExpect(content().string(not(containsString("Sociala/medicinska hinder"))));
	}

	@Test
	void in_english_a_year_that_is_not_a_year_is_explained_in_english() throws Exception {
		mvc.perform(get("/statistics/assistance").param("lang", "en").param("from", "nittio").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From year: enter a year between 1990 and 2100, e.g. 1999.")));
	}

	@Test
	void an_officer_sees_a_district_and_the_import_link() throws Exception {
		mvc.perform(get("/statistics/assistance").param("organisation", first.code()).param("measure", "hushall")
				.param("from", "1990").param("to", "1995").param("base", "1991").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bidragshushåll, " + first.name() + " " + YEARS)))
			.andExpect(content().string(containsString("Förändring mot 1991")))
			.andExpect(content().string(containsString("assistance-import-link")));
	}

	@Test
	void a_year_that_is_not_a_year_is_reported_in_the_error_summary() throws Exception {
		mvc.perform(get("/statistics/assistance").param("from", "nittionio").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#from\"")))
			.andExpect(content().string(containsString("Från år: skriv ett år")));
	}

	@Test
	void the_series_exports_as_csv_and_xlsx_with_the_same_numbers() throws Exception {
		String csv = mvc.perform(get("/statistics/assistance.csv").param("from", "1990").param("to", "1994")
				.param("base", "1990").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("ekonomiskt-bistand-vuxna-1990-1994.csv")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Organisation;Mått;Kategori;Period").contains("Hela staden;Vuxna bidragstagare;Alla;1994-12;6360;6250;-37,5");
		byte[] xlsx = mvc.perform(get("/statistics/assistance.xlsx").param("from", "1990").param("to", "1994")
				.param("base", "1990").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(se.fuel.assistance.web.AssistanceExport.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var rows = workbook.getFirstSheet().read();
			var december = rows.stream().filter(r -> "1994-12".equals(r.getCellText(3))).findFirst().orElseThrow();
			assertThat(december.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(6360);
			assertThat(december.getCellAsNumber(6).orElseThrow().doubleValue()).isEqualTo(-37.5);
		}
	}

	@Test
	void the_api_serves_the_same_numbers_to_a_reader() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/series").param("from", "1990").param("to", "1994")
				.param("base", "1990").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisationName").value("Hela staden"))
			.andExpect(jsonPath("$.shares[0].value").value(1840.0))
			.andExpect(jsonPath("$.breaks[0].month").value("1993-11"));
		mvc.perform(get("/api/v1/statistics/assistance/series").param("measure", "hundar")
				.with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/statistics/assistance/series").param("organisation", "narnia")
				.with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void nobody_signed_out_sees_the_statistics() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/series")).andExpect(status().isUnauthorized());
		mvc.perform(get("/statistics/assistance")).andExpect(status().is3xxRedirection());
	}
}
