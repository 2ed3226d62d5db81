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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.assistance.DistrictComparisonView.District;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures as table, chart, CSV, XLSX and API with the same numbers: the district comparison of 2003, the shares by
 * barrier category of December 2003, and the charts beside the fund statistics' tables.
 */
@DemoDataTest
class FigureExportsIT {

	static final String COMPARISON = "?measure=vuxna&category=alla&year=2003&variables=arbetsloshet"
			+ "&variables=utrikes_fodda&perThousand=true";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	DistrictComparisonView apiComparison() throws Exception {
		String body = mvc.perform(get("/api/v1/statistics/assistance/comparison" + COMPARISON)
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return json.readValue(body, DistrictComparisonView.class);
	}

	@Test
	void the_comparison_page_shows_a_chart_beside_the_table_and_links_its_exports() throws Exception {
		mvc.perform(get("/statistics/assistance/comparison" + COMPARISON + "&run=1").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison-chart\"")))
			.andExpect(content().string(containsString("<title id=\"comparison-chart-title\">Vuxna bidragstagare 2003")))
			.andExpect(content().string(containsString("/statistics/assistance/comparison.xlsx?measure=vuxna")))
			.andExpect(content().string(containsString("variables=arbetsloshet&amp;variables=utrikes_fodda")));
	}

	@Test
	void the_comparison_csv_has_the_apis_districts_expected_values_and_r_squared() throws Exception {
		DistrictComparisonView api = apiComparison();
		String csv = mvc.perform(get("/statistics/assistance/comparison.csv" + COMPARISON)
			.with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("jamforelse-stadsdelar-vuxna-2003.csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFVuxna bidragstagare per 1 000 invånare 2003");
		Map<String, String[]> lines = Arrays.stream(csv.split("\r\n"))
			.map(l -> l.split(";"))
			.collect(Collectors.toMap(c -> c[0], Function.identity(), (a, b) -> a));
		assertThat(api.rows()).hasSize(18);
		for (District d : api.rows()) {
			String[] line = lines.get(d.name());
			assertThat(line).as(d.name()).isNotNull();
			assertThat(number(line[1])).as(d.name()).isCloseTo(d.actual(), within(0.051));
			assertThat(number(line[2])).as(d.name()).isCloseTo(d.expected(), within(0.051));
			assertThat(number(line[3])).as(d.name()).isCloseTo(d.residual(), within(0.051));
		}
		assertThat(number(lines.get("R²")[1])).isCloseTo(api.rSquared(), within(0.00005));
		assertThat(lines.get("Stadsdelar")[1]).isEqualTo("18");
	}

	@Test
	void the_comparison_xlsx_has_the_same_numbers_as_numbers() throws Exception {
		DistrictComparisonView api = apiComparison();
		byte[] xlsx = mvc.perform(get("/statistics/assistance/comparison.xlsx" + COMPARISON)
			.with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(s -> s.getName()).containsExactly("Per stadsdel", "Modell");
			List<Row> rows = sheets.get(0).read();
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
		String body = mvc.perform(get("/api/v1/statistics/assistance/series?to=2003").with(httpBasic("lasare", "demo")))
			.andReturn().getResponse().getContentAsString();
		AssistanceSeriesView api = json.readValue(body, AssistanceSeriesView.class);
		assertThat(api.shares()).isNotEmpty();
		mvc.perform(get("/statistics/assistance?to=2003").with(users.as("lasare")))
			.andExpect(content().string(containsString("id=\"shares-chart\"")))
			.andExpect(content().string(containsString(
					"id=\"figure-heading\">Vuxna bidragstagare, Hela staden 1999–2003</h2>")))
			.andExpect(content().string(not(containsString("th:text"))))
			.andExpect(content().string(containsString("Andelar per försörjningshinder dec 2003")));
		String csv = mvc.perform(get("/statistics/assistance.csv?to=2003").with(users.as("lasare")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\r\n\r\nAndelar per försörjningshinder 2003-12\r\nFörsörjningshinder;Antal;Andel (%)\r\n");
		for (CategoryShare share : api.shares()) {
			String line = Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(share.category().label() + ";"))
				.findFirst().orElseThrow();
			String[] cells = line.split(";");
			assertThat(number(cells[1])).isEqualTo(share.value());
			assertThat(number(cells[2])).isCloseTo(share.percent(), within(0.051));
		}
		assertThat(csv).contains("Arbetslöshet;4184;");
	}

	@Test
	void the_language_switch_gives_english_exports_and_charts() throws Exception {
		String csv = mvc.perform(get("/statistics/assistance/comparison.csv" + COMPARISON + "&lang=en")
			.with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFAdult recipients per 1,000 inhabitants 2003: actual and expected")
			.contains("\r\nDistrict;Actual;Expected;Deviation;In standard deviations;Assessment\r\n")
			.contains("Adjusted R²");
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

	private static double number(String cell) {
		return Double.parseDouble(cell.replace(',', '.'));
	}
}
