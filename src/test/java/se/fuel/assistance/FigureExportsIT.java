package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;
import se.fuel.assistance.DistrictComparisonView.District;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures as table, chart, CSV, XLSX and API with the same numbers: the district comparison of the test's own
 * districts in a year no other test has figures for, and the shares by barrier category of a district of its own.
 * The fund statistics' charts are in {@code DemoFundChartsIT}.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureExportsIT {

	/** Districts of the comparison: enough for one of them to stand out (see the fixture). */
	static final int DISTRICTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	int year;

	String comparison;

	String officer;

	String reader;

	AssistanceFixtures.District district;

	@BeforeAll
	void figuresOfTheTestsOwn(@Autowired ApplicationContext context) throws Exception {
		var fixtures = new AssistanceFixtures(context);
		officer = fixtures.officer();
		reader = data.reader();
		year = cycle.year();
		comparison = "?measure=vuxna&category=alla&year=" + year + "&variables=arbetsloshet"
				+ "&variables=utrikes_fodda&perThousand=true";
		fixtures.comparableYear(year, DISTRICTS);
		// A district's adults in 1996–1997 and, in December 1997, by barrier.
		district = fixtures.district();
		String code = district.code();
		fixtures.stored(AssistanceFixtures.everyMonth(code, 1996, "vuxna;alla", "individ", 1200)
				+ AssistanceFixtures.everyMonth(code, 1997, "vuxna;alla", "individ", 1000)
				+ code + ";1997-12;vuxna;arbetsloshet;individ;417\n" + code + ";1997-12;vuxna;sociala_medicinska;individ;250\n"
				+ code + ";1997-12;vuxna;invandring;individ;333\n");
	}

	DistrictComparisonView apiComparison() throws Exception {
		String body = mvc.perform(get("/api/v1/statistics/assistance/comparison" + comparison)
			.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return json.readValue(body, DistrictComparisonView.class);
	}

	@Test
	void the_comparison_page_shows_a_chart_beside_the_table_and_links_its_exports() throws Exception {
		mvc.perform(get("/statistics/assistance/comparison" + comparison + "&run=1").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison-chart\"")))
			.andExpect(content().string(containsString("<title id=\"comparison-chart-title\">Vuxna bidragstagare " + year)))
			.andExpect(content().string(containsString("/statistics/assistance/comparison.xlsx?measure=vuxna")))
			.andExpect(content().string(containsString("variables=arbetsloshet&amp;variables=utrikes_fodda")));
	}

	@Test
	void the_comparison_csv_has_the_apis_districts_expected_values_and_r_squared() throws Exception {
		DistrictComparisonView api = apiComparison();
		String csv = mvc.perform(get("/statistics/assistance/comparison.csv" + comparison)
			.with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("jamforelse-stadsdelar-vuxna-" + year + ".csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFVuxna bidragstagare per 1 000 invånare " + year);
		Map<String, String[]> lines = Arrays.stream(csv.split("\r\n"))
			.map(l -> l.split(";"))
			.collect(Collectors.toMap(c -> c[0], Function.identity(), (a, b) -> a));
		assertThat(api.rows()).hasSize(DISTRICTS);
		for (District d : api.rows()) {
			String[] line = lines.get(d.name());
			assertThat(line).as(d.name()).isNotNull();
			assertThat(number(line[1])).as(d.name()).isCloseTo(d.actual(), within(0.051));
			assertThat(number(line[2])).as(d.name()).isCloseTo(d.expected(), within(0.051));
			assertThat(number(line[3])).as(d.name()).isCloseTo(d.residual(), within(0.051));
		}
		assertThat(number(lines.get("R²")[1])).isCloseTo(api.rSquared(), within(0.00005));
		assertThat(lines.get("Stadsdelar")[1]).isEqualTo(Integer.toString(DISTRICTS));
	}

	@Test
	void the_comparison_xlsx_has_the_same_numbers_as_numbers() throws Exception {
		DistrictComparisonView api = apiComparison();
		byte[] xlsx = mvc.perform(get("/statistics/assistance/comparison.xlsx" + comparison)
			.with(users.as(officer)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(s -> s.getName()).containsExactly("Per stadsdel", "Modell");
			List<Row> rows = sheets.get(0).read();
			assertThat(api.rows()).anyMatch(d -> d.flag() > 0);
			assertThat(rows).hasSize(2 + api.rows().size());
			for (District d : api.rows()) {
				Row row = rows.stream().filter(r -> d.name().equals(r.getCellText(0))).findFirst().orElseThrow();
				assertThat(row.getCellAsNumber(1).orElseThrow().doubleValue()).isCloseTo(d.actual(), within(0.051));
				assertThat(row.getCellAsNumber(2).orElseThrow().doubleValue()).isCloseTo(d.expected(), within(0.051));
				assertThat(row.getCellText(5)).isEqualTo(d.flag() > 0 ? "Högre än väntat"
						: d.flag() < 0 ? "Lägre än väntat" : "Som väntat");
			}
			Row r2 = sheets.get(1).read().stream().filter(r -> "R²".equals(r.getCellText(0))).findFirst()
				.orElseThrow();
			assertThat(r2.getCellAsNumber(1).orElseThrow().doubleValue()).isCloseTo(api.rSquared(), within(0.00005));
		}
	}

	@Test
	void the_shares_by_barrier_category_are_charted_and_exported_as_the_api_has_them() throws Exception {
		String shares = "?organisation=" + district.code() + "&from=1996&to=1997&base=1996";
		String body = mvc.perform(get("/api/v1/statistics/assistance/series" + shares).with(httpBasic(reader, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		AssistanceSeriesView api = json.readValue(body, AssistanceSeriesView.class);
		assertThat(api.shares()).hasSize(3);
		mvc.perform(get("/statistics/assistance" + shares).with(users.as(reader)))
			.andExpect(content().string(containsString("id=\"shares-chart\"")))
			.andExpect(content().string(containsString(
					"id=\"figure-heading\">Vuxna bidragstagare, " + district.name() + " 1996–1997</h2>")))
			.andExpect(content().string(not(containsString("th:text"))))
			.andExpect(content().string(containsString("Andelar per försörjningshinder dec 1997")));
		String csv = mvc.perform(get("/statistics/assistance.csv" + shares).with(users.as(reader)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\r\n\r\nAndelar per försörjningshinder 1997-12\r\nFörsörjningshinder;Antal;Andel (%)\r\n");
		for (CategoryShare share : api.shares()) {
			String line = Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(share.category().label() + ";"))
				.findFirst().orElseThrow();
			String[] cells = line.split(";");
			assertThat(number(cells[1])).isEqualTo(share.value());
			assertThat(number(cells[2])).isCloseTo(share.percent(), within(0.051));
		}
		assertThat(csv).contains("Arbetslöshet;417;");
	}

	@Test
	void the_language_switch_gives_english_exports_and_charts() throws Exception {
		String csv = mvc.perform(get("/statistics/assistance/comparison.csv" + comparison + "&lang=en")
			.with(users.as(officer)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFAdult recipients per 1,000 inhabitants " + year + ": actual and expected")
			.contains("\r\nDistrict;Actual;Expected;Deviation;In standard deviations;Assessment\r\n")
			.contains("Adjusted R²");
	}

	private static double number(String cell) {
		return Double.parseDouble(cell.replace(',', '.'));
	}
}
