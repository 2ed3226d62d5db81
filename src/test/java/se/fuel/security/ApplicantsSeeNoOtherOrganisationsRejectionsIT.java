package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.decisions.RoundFixture;

/**
 * The per-organisation rule of the fund statistics through every door: an applicant sees every grant but not another
 * organisation's rejections or amounts applied for, neither on the pages, in the CSV or XLSX exports nor in the API,
 * whichever filter (lineage, programme) or view is asked for. A round of our own in 2090: Farsta applied for 120 901
 * (granted) and 130 907 (rejected), Södermalm for 140 903 (granted) and 150 919 (rejected).
 */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicantsSeeNoOtherOrganisationsRejectionsIT {

	static final int YEAR = 2090;

	/** Who looks, what of their own they must see, and what of the other organisation's they must not. */
	record Viewer(String username, long ownRequested, long otherRejected, long otherRequested) {

		@Override
		public String toString() {
			return username;
		}
	}

	static final Viewer FARSTA = new Viewer("farsta", 120_901 + 130_907, 150_919, 140_903 + 150_919);

	static final Viewer SODERMALM = new Viewer("sodermalm", 140_903 + 150_919, 130_907, 120_901 + 130_907);

	static final long EVERYONES_REQUESTED = 120_901 + 130_907 + 140_903 + 150_919;

	static final List<String> VARIANTS = List.of("", "&lineage=today", "&lineage=historical", "&programme=LUM",
			"&programme=LUM&lineage=today");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	WebApplicationContext context;

	@BeforeAll
	void aDecidedRoundOfOurOwn() throws Exception {
		RoundFixture round = new RoundFixture(mvc, userDetails);
		UUID call = round.lumCall(YEAR, 2_000_000, 3);
		round.grant(round.submitted("farsta", call, YEAR, "Dolda siffror beviljad F " + YEAR, 120_901));
		round.reject(round.submitted("farsta", call, YEAR, "Dolda siffror avslagen F " + YEAR, 130_907));
		round.grant(round.submitted("sodermalm", call, YEAR, "Dolda siffror beviljad S " + YEAR, 140_903));
		round.reject(round.submitted("sodermalm", call, YEAR, "Dolda siffror avslagen S " + YEAR, 150_919));
		new DecidedRoundFixture(context).decide(YEAR, "§ 90");
	}

	static Stream<Object[]> viewersAndVariants() {
		return Stream.of(FARSTA, SODERMALM).flatMap(v -> VARIANTS.stream().map(q -> new Object[] { v, q }));
	}

	static String query(String variant) {
		return "?from=" + YEAR + "&to=" + YEAR + variant;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_page_shows_the_own_rejection_and_every_grant_but_not_the_others_rejection(Viewer v, String variant)
			throws Exception {
		String page = text(mvc.perform(get("/statistics/funds" + query(variant)).with(users.as(v.username())))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(page).contains(Long.toString(v.ownRequested()), "120901", "140903", "visas ej");
		assertHidden(page, v);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_csv_export_holds_nothing_the_page_hides(Viewer v, String variant) throws Exception {
		String csv = text(mvc.perform(get("/statistics/funds/overview.csv" + query(variant))
			.with(users.as(v.username()))).andReturn().getResponse().getContentAsByteArray());
		assertThat(csv).contains(Long.toString(v.ownRequested()), "visas ej");
		assertHidden(csv, v);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("viewersAndVariants")
	void the_xlsx_export_holds_nothing_the_page_hides(Viewer v, String variant) throws Exception {
		byte[] xlsx = mvc.perform(get("/statistics/funds/overview.xlsx" + query(variant))
			.with(users.as(v.username()))).andReturn().getResponse().getContentAsByteArray();
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
			.with(httpBasic(v.username(), "demo"))).andReturn().getResponse().getContentAsString();
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
			String body = text(mvc.perform(path.startsWith("/api/") ? request.with(httpBasic(v.username(), "demo"))
					: request.with(users.as(v.username()))).andReturn().getResponse().getContentAsByteArray());
			assertHidden(body, v);
		}
	}

	static Stream<Viewer> viewers() {
		return Stream.of(FARSTA, SODERMALM);
	}

	private static void assertHidden(String body, Viewer v) {
		assertThat(body).doesNotContain(Long.toString(v.otherRejected()), Long.toString(v.otherRequested()),
				Long.toString(EVERYONES_REQUESTED));
	}

	private static String text(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).replaceAll("(?<=\\d)[ \u00A0\u202F](?=\\d)", "");
	}
}
