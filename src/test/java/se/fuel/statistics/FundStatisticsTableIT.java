package se.fuel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.RoundFixture;
import se.fuel.grants.AnnualReportContent.Summary;
import se.fuel.grants.AnnualReportContent.SummaryRow;

/**
 * Table 1.3 of the annual report reproduced from the demo's historical grants of 2002–2003, row by row, as they were and with
 * the organisations rolled up into today's; and the application figures of those years, which Fuel does not have.
 */
@DemoDataTest
class FundStatisticsTableIT {

	/** Seeds/001 table 1.3: Arbetsmarknad, SFI, Socialmedicin, projects, tkr, plans yes, plans no. */
	static final Map<String, List<Integer>> SEED = Map.ofEntries(Map.entry("Rinkeby", List.of(4, 2, 0, 6, 3836, 0, 6)),
			Map.entry("Vantör", List.of(3, 2, 1, 6, 2322, 0, 6)), Map.entry("Kista", List.of(4, 0, 1, 5, 2265, 4, 1)),
			// the seed's "Hägersten, Älvsjö och Liljeholmen" is a joint project led by Hägersten
			Map.entry("Hägersten", List.of(0, 1, 0, 1, 1207, 1, 0)),
			Map.entry("Skärholmen", List.of(0, 0, 2, 2, 1062, 2, 0)),
			Map.entry("Skarpnäck", List.of(0, 2, 0, 2, 854, 2, 0)),
			Map.entry("Enskede-Årsta", List.of(0, 0, 1, 1, 813, 1, 0)),
			Map.entry("Maria-Gamla stan", List.of(0, 0, 2, 2, 800, 1, 1)),
			Map.entry("Hässelby-Vällingby", List.of(0, 2, 0, 2, 655, 2, 0)),
			Map.entry("Simba", List.of(1, 0, 0, 1, 600, 1, 0)), Map.entry("Kungsholmen", List.of(0, 0, 2, 2, 432, 2, 0)),
			Map.entry("Farsta", List.of(1, 0, 0, 1, 397, 1, 0)),
			Map.entry("Spånga-Tensta", List.of(1, 0, 0, 1, 285, 1, 0)));

	static final List<String> SEED_AREAS = List.of("Sysselsättning och arbetsmarknad", "SFI-studerande",
			"Socialmedicin");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	FundStatistics statistics;

	RoundFixture round;

	@BeforeEach
	void fixture() {
		round = new RoundFixture(mvc, userDetails);
	}

	Summary table(String username, boolean rolledUp) {
		return round.as(username,
				() -> statistics.projectTable(new FundQuery(2002, 2003, List.of(), rolledUp))).summary();
	}

	/** A row as the seed writes it: per area in the seed's order, projects, tkr, yes, no. */
	static List<Integer> asSeed(Summary s, SummaryRow r) {
		List<Integer> values = SEED_AREAS.stream().map(a -> r.perArea().get(s.areas().indexOf(a))).collect(
				Collectors.toList());
		values.addAll(List.of(r.projects(), (int) Math.round(r.granted() / 1000.0), r.planYes(), r.planNo()));
		return values;
	}

	@Test
	void table_1_3_of_2002_2003_equals_the_seed_row_by_row() {
		Summary s = table("handlaggare", false);
		assertThat(s.areas()).containsExactlyInAnyOrderElementsOf(SEED_AREAS);
		assertThat(s.rows()).hasSize(13);
		for (SummaryRow r : s.rows()) {
			assertThat(asSeed(s, r)).as(r.organisation()).isEqualTo(SEED.get(r.organisation()));
		}
		assertThat(asSeed(s, s.total())).containsExactly(14, 9, 9, 32, 15_528, 18, 14);
		assertThat(s.total().granted()).isEqualTo(15_528_000);
	}

	@Test
	void rolled_up_rinkeby_kista_and_spanga_tensta_count_as_jarva_and_the_totals_stay() {
		Summary s = table("lasare", true);
		Map<String, SummaryRow> rows = s.rows().stream().collect(Collectors.toMap(SummaryRow::organisation, r -> r));
		assertThat(rows).doesNotContainKeys("Rinkeby", "Kista", "Spånga-Tensta");
		assertThat(asSeed(s, rows.get("Järva"))).containsExactly(9, 2, 1, 12, 6_386, 5, 7);
		assertThat(s.rows().get(0).organisation()).isEqualTo("Järva");
		assertThat(asSeed(s, s.total())).containsExactly(14, 9, 9, 32, 15_528, 18, 14);
	}

	@Test
	void an_applicant_reads_the_public_table_too() {
		assertThat(table("farsta", false).total().projects()).isEqualTo(32);
	}

	@Test
	void the_years_before_fuel_say_uppgift_saknas_for_applications_never_zero() throws Exception {
		FundOverview o = round.as("handlaggare",
				() -> statistics.overview(new FundQuery(2002, 2003, List.of(), false)));
		assertThat(o.byYear()).extracting(FundFigure::data).containsOnly(ApplicationData.MISSING);
		assertThat(o.byYear()).extracting(FundFigure::applications).containsOnlyNulls();
		assertThat(o.total().grants()).isEqualTo(32);
		assertThat(o.total().granted()).isEqualTo(15_528_000);
		mvc.perform(get("/statistics/funds?from=2002&to=2003").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("uppgift saknas")));
	}

	@Test
	void the_table_page_shows_the_seed_totals_and_the_lineage_switch() throws Exception {
		mvc.perform(get("/statistics/funds/projects?from=2002&to=2003&lineage=today").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Järva"),
					org.hamcrest.Matchers.containsString("15\u00A0528"),
					org.hamcrest.Matchers.containsString("id=\"lineage-today\""),
					org.hamcrest.Matchers.containsString("<th scope=\"row\""))));
	}

	@Test
	void the_xlsx_export_of_the_table_opens_and_holds_the_seed_totals() throws Exception {
		byte[] xlsx = mvc.perform(get("/statistics/funds/projects.xlsx?from=2002&to=2003").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("fondstatistik-projects-2002-2003.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row total = rows.get(rows.size() - 1);
			assertThat(total.getCellText(0)).isEqualTo("Totalt");
			int columns = rows.get(1).getCellCount();
			assertThat(total.getCellAsNumber(columns - 4).orElseThrow().intValue()).isEqualTo(32);
			assertThat(total.getCellAsNumber(columns - 3).orElseThrow().intValue()).isEqualTo(15_528);
			assertThat(total.getCellAsNumber(columns - 2).orElseThrow().intValue()).isEqualTo(18);
			assertThat(total.getCellAsNumber(columns - 1).orElseThrow().intValue()).isEqualTo(14);
		}
	}

	@Test
	void the_csv_export_has_a_byte_order_mark_and_semicolons() throws Exception {
		byte[] csv = mvc.perform(get("/statistics/funds/projects.csv?from=2002&to=2003").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		assertThat(text).contains("Totalt;");
		assertThat(text).contains(";32;15528;18;14");
	}

	@Test
	void the_outcomes_add_up_the_demo_reports_by_gender() {
		OutcomeStatistics o = round.as("lasare", () -> statistics.outcomes(new FundQuery(2024, 2024, List.of(), false)));
		assertThat(o.total().participants()).isPositive();
		assertThat(o.total().participants()).isEqualTo(o.total().women() + o.total().men() + o.total().other());
		assertThat(o.byYear()).extracting(OutcomeStatistics.OutcomeRow::label).containsExactly("2024");
		assertThat(o.categories()).contains("Arbete");
		assertThat(o.byArea().stream().mapToLong(OutcomeStatistics.OutcomeRow::participants).sum())
			.isEqualTo(o.total().participants());
		// a report counts under each method of its grant's published items, or under "Metod ej angiven"
		assertThat(o.byMethod()).isNotEmpty();
		assertThat(o.byMethod().stream().mapToLong(OutcomeStatistics.OutcomeRow::participants).sum())
			.isGreaterThanOrEqualTo(o.total().participants());
	}
}
