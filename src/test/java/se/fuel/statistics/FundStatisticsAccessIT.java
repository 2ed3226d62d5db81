package se.fuel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.common.AccessDeniedException;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Who sees which fund figures, on a round of our own between two districts of our own: in one year the lead district
 * applied for 314 159 (granted) and 141 421 (rejected), the other for 161 803 (granted) and 271 828 (rejected); in the
 * next the lead district has one application of 112 358 not yet decided. Officers see everything; the lead district
 * sees every grant but only its own applications, rejections and amounts applied for, so that the other's rejection
 * cannot be read or worked out; council members are refused.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundStatisticsAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Organisations organisations;

	@Autowired
	FundStatistics statistics;

	int year;

	int undecidedYear;

	UUID leadDistrict;

	UUID otherDistrict;

	String lead;

	String other;

	String officer;

	String reader;

	String council;

	@BeforeAll
	void aRoundOfOurOwn() throws Exception {
		leadDistrict = data.district();
		otherDistrict = data.district();
		lead = data.applicant(leadDistrict);
		other = data.applicant(otherDistrict);
		officer = data.officer();
		reader = data.reader();
		council = data.council(leadDistrict);
		year = cycle.year();
		UUID call = cycle.call(year, 2_000_000, 3);
		UUID leadGranted = cycle.submitted(lead, call, year, "Statistik beviljad " + year, 314_159);
		UUID leadRejected = cycle.submitted(lead, call, year, "Statistik avslagen " + year, 141_421);
		UUID otherGranted = cycle.submitted(other, call, year, "Statistik beviljad A " + year, 161_803);
		UUID otherRejected = cycle.submitted(other, call, year, "Statistik avslagen A " + year, 271_828);
		cycle.recommendGrant(leadGranted);
		cycle.recommendRejection(leadRejected);
		cycle.recommendGrant(otherGranted);
		cycle.recommendRejection(otherRejected);
		cycle.decide(year, "§ 85");
		undecidedYear = cycle.year();
		UUID later = cycle.call(undecidedYear, 1_000_000, 3);
		cycle.submitted(lead, later, undecidedYear, "Statistik obeslutad " + undecidedYear, 112_358);
	}

	FundOverview overview(String username, int year) {
		return data.as(username, () -> statistics.overview(new FundQuery(year, year, List.of("LUM"), false)));
	}

	@Test
	void an_officer_sees_every_application_rejection_and_amount_of_the_year() {
		FundFigure y = overview(officer, year).byYear().get(0);
		assertThat(List.of(y.applications(), y.grants(), y.rejections())).containsExactly(4, 2, 2);
		assertThat(y.requested()).isEqualTo(314_159 + 141_421 + 161_803 + 271_828);
		assertThat(y.granted()).isEqualTo(314_159 + 161_803);
		assertThat(y.successRate()).isEqualTo(50.0);
		assertThat(overview(reader, year).byOrganisation()).extracting(FundFigure::data)
			.containsOnly(ApplicationData.KNOWN);
	}

	@Test
	void an_applicant_sees_every_grant_but_only_their_own_applications_and_rejections() {
		FundOverview o = overview(lead, year);
		assertThat(o.ownOrganisationOnly()).isTrue();
		FundFigure y = o.byYear().get(0);
		assertThat(List.of(y.applications(), y.grants(), y.rejections())).containsExactly(2, 2, 1);
		assertThat(y.requested()).isEqualTo(314_159 + 141_421);
		assertThat(y.granted()).isEqualTo(314_159 + 161_803);
		FundFigure theOther = o.byOrganisation().stream()
			.filter(f -> f.label().equals(organisations.nameOf(otherDistrict))).findFirst().orElseThrow();
		assertThat(theOther.data()).isEqualTo(ApplicationData.HIDDEN);
		assertThat(theOther.applications()).isNull();
		assertThat(theOther.rejections()).isNull();
		assertThat(theOther.requested()).isNull();
		assertThat(theOther.granted()).isEqualTo(161_803);
		FundFigure own = o.byOrganisation().stream()
			.filter(f -> f.label().equals(organisations.nameOf(leadDistrict))).findFirst().orElseThrow();
		assertThat(own.rejections()).isEqualTo(1);
		assertThat(o.total().rejections()).isEqualTo(1);
	}

	@Test
	void no_page_export_or_api_answer_shows_an_applicant_the_other_organisations_rejection() throws Exception {
		String query = "?from=" + year + "&to=" + year;
		for (String path : List.of("/statistics/funds", "/statistics/funds/overview.csv")) {
			String body = new String(mvc.perform(get(path + query).with(users.as(lead)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).replace("\u00A0", "");
			assertThat(body).as(path).contains("314159", "161803").doesNotContain("271828", "433631", "889211");
		}
		mvc.perform(get("/api/v1/statistics/funds/overview" + query).with(httpBasic(lead, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownOrganisationOnly").value(true))
			.andExpect(jsonPath("$.total.rejections").value(1))
			.andExpect(content().string(not(containsString("271828"))));
		mvc.perform(get("/statistics/funds" + query).with(users.as(lead)))
			.andExpect(content().string(containsString("id=\"own-organisation-note\"")));
	}

	@Test
	void the_api_serves_the_numbers_of_the_page() throws Exception {
		mvc.perform(get("/api/v1/statistics/funds/overview?from=" + year + "&to=" + year + "&programme=LUM")
			.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byYear[0].applications").value(4))
			.andExpect(jsonPath("$.byYear[0].rejections").value(2))
			.andExpect(jsonPath("$.byYear[0].successRate").value(50.0));
		mvc.perform(get("/statistics/funds?from=" + year + "&to=" + year + "&programme=LUM")
			.with(users.as(officer)))
			.andExpect(content().string(containsString("50,0\u00A0%")))
			.andExpect(content().string(containsString("889\u00A0211")));
	}

	@Test
	void the_year_and_programme_table_has_the_same_figures_as_the_year() {
		FundOverview o = overview(officer, year);
		assertThat(o.byYearAndProgramme()).extracting(FundFigure::label).containsExactly(year + " LUM");
		assertThat(o.byYearAndProgramme().get(0).rejections()).isEqualTo(2);
	}

	@Test
	void an_undecided_application_counts_as_sent_in_without_a_success_rate() {
		FundFigure y = overview(officer, undecidedYear).byYear().get(0);
		assertThat(y.applications()).isEqualTo(1);
		assertThat(y.rejections()).isZero();
		assertThat(y.grants()).isZero();
		assertThat(y.successRate()).isNull();
	}

	@Test
	void a_council_member_is_refused_by_the_facade() {
		assertThatThrownBy(() -> overview(council, year))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void every_page_and_export_refuses_a_council_member_and_lets_readers_attestants_and_applicants_in()
			throws Exception {
		List<String> readers = List.of(reader, data.attestant(), other, data.admin());
		for (String path : List.of("/statistics/funds", "/statistics/funds/projects", "/statistics/funds/outcomes",
				"/statistics/funds/overview.csv", "/statistics/funds/overview.xlsx", "/statistics/funds/projects.csv",
				"/statistics/funds/projects.xlsx", "/statistics/funds/outcomes.csv",
				"/statistics/funds/outcomes.xlsx")) {
			String query = path + "?from=" + year + "&to=" + year;
			mvc.perform(get(query).with(users.as(council))).andExpect(status().isForbidden());
			for (String allowed : readers) {
				mvc.perform(get(query).with(users.as(allowed))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void every_api_endpoint_refuses_a_council_member_and_strangers() throws Exception {
		for (String path : List.of("/api/v1/statistics/funds/choices", "/api/v1/statistics/funds/overview",
				"/api/v1/statistics/funds/projects", "/api/v1/statistics/funds/outcomes")) {
			mvc.perform(get(path).with(httpBasic(council, TestData.PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(httpBasic(reader, TestData.PASSWORD))).andExpect(status().isOk());
		}
	}

	@Test
	void a_year_that_is_not_four_digits_is_named_in_the_error_summary() throws Exception {
		mvc.perform(get("/statistics/funds/projects?from=20x2&to=2003").with(users.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Från år måste vara ett årtal med fyra siffror")))
			.andExpect(content().string(containsString("href=\"#from\"")));
		mvc.perform(get("/api/v1/statistics/funds/projects?from=2003&to=2002").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
	}
}
