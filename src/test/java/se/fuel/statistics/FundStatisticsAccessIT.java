package se.fuel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.decisions.RoundFixture;
import se.fuel.common.AccessDeniedException;

/**
 * Who sees which fund figures, on a round of our own: in 2085 Farsta applied for 314 159 (granted) and 141 421
 * (rejected), Södermalm for 161 803 (granted) and 271 828 (rejected); in 2086 Farsta has one application of 112 358
 * not yet decided. Officers see everything; Farsta sees every grant but only its own applications, rejections and
 * amounts applied for, so that Södermalm's rejection cannot be read or worked out; council members are refused.
 */
@DemoDataTest
class FundStatisticsAccessIT {

	static final int YEAR = 2085;

	static final int UNDECIDED_YEAR = 2086;

	static boolean ready;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	FundStatistics statistics;

	RoundFixture round;

	@BeforeEach
	void aRoundOfOurOwn() throws Exception {
		round = new RoundFixture(mvc, userDetails);
		if (ready) {
			return;
		}
		UUID call = round.lumCall(YEAR, 2_000_000, 3);
		UUID farstaGranted = round.submitted("farsta", call, YEAR, "Statistik beviljad " + YEAR, 314_159);
		UUID farstaRejected = round.submitted("farsta", call, YEAR, "Statistik avslagen " + YEAR, 141_421);
		UUID sodermalmGranted = round.submitted("sodermalm", call, YEAR, "Statistik beviljad S " + YEAR, 161_803);
		UUID sodermalmRejected = round.submitted("sodermalm", call, YEAR, "Statistik avslagen S " + YEAR, 271_828);
		round.grant(farstaGranted);
		round.reject(farstaRejected);
		round.grant(sodermalmGranted);
		round.reject(sodermalmRejected);
		new DecidedRoundFixture(context).decide(YEAR, "§ 85");
		UUID later = round.lumCall(UNDECIDED_YEAR, 1_000_000, 3);
		round.submitted("farsta", later, UNDECIDED_YEAR, "Statistik obeslutad " + UNDECIDED_YEAR, 112_358);
		ready = true;
	}

	FundOverview overview(String username, int year) {
		return round.as(username, () -> statistics.overview(new FundQuery(year, year, List.of("LUM"), false)));
	}

	@Test
	void an_officer_sees_every_application_rejection_and_amount_of_the_year() {
		FundFigure y = overview("handlaggare", YEAR).byYear().get(0);
		assertThat(List.of(y.applications(), y.grants(), y.rejections())).containsExactly(4, 2, 2);
		assertThat(y.requested()).isEqualTo(314_159 + 141_421 + 161_803 + 271_828);
		assertThat(y.granted()).isEqualTo(314_159 + 161_803);
		assertThat(y.successRate()).isEqualTo(50.0);
		assertThat(overview("lasare", YEAR).byOrganisation()).extracting(FundFigure::data)
			.containsOnly(ApplicationData.KNOWN);
	}

	@Test
	void an_applicant_sees_every_grant_but_only_their_own_applications_and_rejections() {
		FundOverview o = overview("farsta", YEAR);
		assertThat(o.ownOrganisationOnly()).isTrue();
		FundFigure y = o.byYear().get(0);
		assertThat(List.of(y.applications(), y.grants(), y.rejections())).containsExactly(2, 2, 1);
		assertThat(y.requested()).isEqualTo(314_159 + 141_421);
		assertThat(y.granted()).isEqualTo(314_159 + 161_803);
		FundFigure sodermalm = o.byOrganisation().stream().filter(f -> f.label().equals("Södermalm")).findFirst()
			.orElseThrow();
		assertThat(sodermalm.data()).isEqualTo(ApplicationData.HIDDEN);
		assertThat(sodermalm.applications()).isNull();
		assertThat(sodermalm.rejections()).isNull();
		assertThat(sodermalm.requested()).isNull();
		assertThat(sodermalm.granted()).isEqualTo(161_803);
		FundFigure farsta = o.byOrganisation().stream().filter(f -> f.label().equals("Farsta")).findFirst()
			.orElseThrow();
		assertThat(farsta.rejections()).isEqualTo(1);
		assertThat(o.total().rejections()).isEqualTo(1);
	}

	@Test
	void no_page_export_or_api_answer_shows_an_applicant_the_other_organisations_rejection() throws Exception {
		String query = "?from=" + YEAR + "&to=" + YEAR;
		for (String path : List.of("/statistics/funds", "/statistics/funds/overview.csv")) {
			String body = new String(mvc.perform(get(path + query).with(users.as("farsta")))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).replace("\u00A0", "");
			assertThat(body).as(path).contains("314159", "161803").doesNotContain("271828", "433631", "889211");
		}
		mvc.perform(get("/api/v1/statistics/funds/overview" + query).with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownOrganisationOnly").value(true))
			.andExpect(jsonPath("$.total.rejections").value(1))
			.andExpect(content().string(not(containsString("271828"))));
		mvc.perform(get("/statistics/funds" + query).with(users.as("farsta")))
			.andExpect(content().string(containsString("id=\"own-organisation-note\"")));
	}

	@Test
	void the_api_serves_the_numbers_of_the_page() throws Exception {
		mvc.perform(get("/api/v1/statistics/funds/overview?from=" + YEAR + "&to=" + YEAR + "&programme=LUM")
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byYear[0].applications").value(4))
			.andExpect(jsonPath("$.byYear[0].rejections").value(2))
			.andExpect(jsonPath("$.byYear[0].successRate").value(50.0));
		mvc.perform(get("/statistics/funds?from=" + YEAR + "&to=" + YEAR + "&programme=LUM")
			.with(users.as("handlaggare")))
			.andExpect(content().string(containsString("50,0\u00A0%")))
			.andExpect(content().string(containsString("889\u00A0211")));
	}

	@Test
	void the_year_and_programme_table_has_the_same_figures_as_the_year() {
		FundOverview o = overview("handlaggare", YEAR);
		assertThat(o.byYearAndProgramme()).extracting(FundFigure::label).containsExactly(YEAR + " LUM");
		assertThat(o.byYearAndProgramme().get(0).rejections()).isEqualTo(2);
	}

	@Test
	void an_undecided_application_counts_as_sent_in_without_a_success_rate() {
		FundFigure y = overview("handlaggare", UNDECIDED_YEAR).byYear().get(0);
		assertThat(y.applications()).isEqualTo(1);
		assertThat(y.rejections()).isZero();
		assertThat(y.grants()).isZero();
		assertThat(y.successRate()).isNull();
	}

	@Test
	void a_council_member_is_refused_by_the_facade() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> overview("radsledamot", YEAR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void every_page_and_export_refuses_a_council_member_and_lets_readers_attestants_and_applicants_in()
			throws Exception {
		for (String path : List.of("/statistics/funds", "/statistics/funds/projects", "/statistics/funds/outcomes",
				"/statistics/funds/overview.csv", "/statistics/funds/overview.xlsx", "/statistics/funds/projects.csv",
				"/statistics/funds/projects.xlsx", "/statistics/funds/outcomes.csv",
				"/statistics/funds/outcomes.xlsx")) {
			String query = path + "?from=2024&to=2024";
			mvc.perform(get(query).with(users.as("radsledamot"))).andExpect(status().isForbidden());
			for (String allowed : List.of("lasare", "avdelningschef", "sodermalm", "admin")) {
				mvc.perform(get(query).with(users.as(allowed))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void every_api_endpoint_refuses_a_council_member_and_strangers() throws Exception {
		for (String path : List.of("/api/v1/statistics/funds/choices", "/api/v1/statistics/funds/overview",
				"/api/v1/statistics/funds/projects", "/api/v1/statistics/funds/outcomes")) {
			mvc.perform(get(path).with(httpBasic("radsledamot", "demo"))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(httpBasic("lasare", "demo"))).andExpect(status().isOk());
		}
	}

	@Test
	void a_year_that_is_not_four_digits_is_named_in_the_error_summary() throws Exception {
		mvc.perform(get("/statistics/funds/projects?from=20x2&to=2003").with(users.as("handlaggare")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Från år måste vara ett årtal med fyra siffror")))
			.andExpect(content().string(containsString("href=\"#from\"")));
		mvc.perform(get("/api/v1/statistics/funds/projects?from=2003&to=2002").with(httpBasic("lasare", "demo")))
			.andExpect(status().isUnprocessableContent());
	}
}
