package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The per-organisation rule of the fund statistics through every door: an applicant sees every grant but not another
 * organisation's rejections or amounts applied for, neither on the pages, in the CSV or XLSX exports nor in the API,
 * whichever filter (lineage, programme) or view is asked for. A round of our own in a year of its own, between two
 * districts of our own: the lead district applied for 120 901 (granted) and 130 907 (rejected), the other for 140 903
 * (granted) and 150 919 (rejected).
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicantsSeeNoOtherOrganisationsRejectionsIT {

	/**
	 * Who looks (the lead or the other district's applicant), what of their own they must see, and what of the other
	 * organisation's they must not.
	 */
	record Viewer(String name, long ownRequested, long otherRejected, long otherRequested) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final Viewer LEAD = new Viewer("lead", 120_901 + 130_907, 150_919, 140_903 + 150_919);

	static final Viewer OTHER = new Viewer("other", 140_903 + 150_919, 130_907, 120_901 + 130_907);

	static final long EVERYONES_REQUESTED = 120_901 + 130_907 + 140_903 + 150_919;

	static final List<String> VARIANTS = List.of("", "&lineage=today", "&lineage=historical", "&programme=LUM",
			"&programme=LUM&lineage=today");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	int year;

	Map<String, String> usernames;

	@BeforeAll
	void aDecidedRoundOfOurOwn() throws Exception {
		year = cycle.year();
		String lead = data.applicant(data.district());
		String other = data.applicant(data.district());
		usernames = Map.of("lead", lead, "other", other);
		UUID call = cycle.call(year, 2_000_000, 3);
		cycle.recommendGrant(cycle.submitted(lead, call, year, "Dolda siffror beviljad L " + year, 120_901));
		cycle.recommendRejection(cycle.submitted(lead, call, year, "Dolda siffror avslagen L " + year, 130_907));
		cycle.recommendGrant(cycle.submitted(other, call, year, "Dolda siffror beviljad A " + year, 140_903));
		cycle.recommendRejection(cycle.submitted(other, call, year, "Dolda siffror avslagen A " + year, 150_919));
		cycle.decide(year, "§ 90");
	}

	static Stream<Object[]> viewersAndVariants() {
		return Stream.of(LEAD, OTHER).flatMap(v -> VARIANTS.stream().map(q -> new Object[] { v, q }));
	}

	String query(String variant) {
		return "?from=" + year + "&to=" + year + variant;
	}

	String username(Viewer v) {
		return usernames.get(v.name());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_page_shows_the_own_rejection_and_every_grant_but_not_the_others_rejection(Viewer v, String variant)
			throws Exception {
		String page = text(mvc.perform(get("/statistics/funds" + query(variant)).with(users.as(username(v))))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(page).contains(Long.toString(v.ownRequested()), "120901", "140903", "visas ej");
		assertHidden(page, v);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_csv_export_holds_nothing_the_page_hides(Viewer v, String variant) throws Exception {
		String csv = text(mvc.perform(get("/statistics/funds/overview.csv" + query(variant))
			.with(users.as(username(v)))).andReturn().getResponse().getContentAsByteArray());
		assertThat(csv).contains(Long.toString(v.ownRequested()), "visas ej");
		assertHidden(csv, v);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_xlsx_export_holds_nothing_the_page_hides(Viewer v, String variant) throws Exception {
		byte[] xlsx = mvc.perform(get("/statistics/funds/overview.xlsx" + query(variant))
			.with(users.as(username(v)))).andReturn().getResponse().getContentAsByteArray();
		List<String> cells = new ArrayList<>();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				for (Row row : sheet.read()) {
					for (Cell cell : row) {
						if (cell != null) {
							cells.add(cell.getText());
						}
					}
				}
			}
		}
		assertThat(cells).contains(Long.toString(v.ownRequested()), "visas ej");
		assertHidden(String.join(";", cells), v);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_api_serves_the_own_figures_only(Viewer v, String variant) throws Exception {
		String json = mvc.perform(get("/api/v1/statistics/funds/overview" + query(variant))
			.with(httpBasic(username(v), TestData.PASSWORD))).andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.total.rejections")).isEqualTo(1);
		assertThat(((Number) JsonPath.read(json, "$.total.requested")).longValue()).isEqualTo(v.ownRequested());
		assertThat((Integer) JsonPath.read(json, "$.byYear[0].rejections")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.total.grants")).isEqualTo(2);
		assertHidden(json, v);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void the_other_views_of_the_year_hold_no_rejection_either(Viewer v) throws Exception {
		for (String path : List.of("/statistics/funds/projects", "/statistics/funds/projects.csv",
				"/statistics/funds/outcomes", "/statistics/funds/outcomes.csv", "/api/v1/statistics/funds/projects",
				"/api/v1/statistics/funds/outcomes")) {
			var request = get(path + query(""));
			String body = text(mvc.perform(path.startsWith("/api/") ? request.with(httpBasic(username(v), TestData.PASSWORD))
					: request.with(users.as(username(v)))).andReturn().getResponse().getContentAsByteArray());
			assertHidden(body, v);
		}
	}

	static Stream<Viewer> viewers() {
		return Stream.of(LEAD, OTHER);
	}

	private static void assertHidden(String body, Viewer v) {
		assertThat(body).doesNotContain(Long.toString(v.otherRejected()), Long.toString(v.otherRequested()),
				Long.toString(EVERYONES_REQUESTED));
	}

	private static String text(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).replaceAll("(?<=\\d)[ \u00A0\u202F](?=\\d)", "");
	}
}
