package se.fuel.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.OwnRounds;
import se.fuel.decisions.OwnRounds.AllocationRound;
import se.fuel.identity.Role;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The allocation workbench's pages on rounds of their own (see {@link OwnRounds#allocationRound}): the tests that
 * change amounts or finalise make one each, the others share one.
 */
@FuelIntegrationTest
class AllocationPagesIT {

	static final String NBSP = "\u00A0";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	AllocationRound shared() throws Exception {
		return new OwnRounds(context).allocationRoundSharedBy(AllocationPagesIT.class);
	}

	AllocationRound own() throws Exception {
		return new OwnRounds(context).allocationRound();
	}

	String page(AllocationRound lines) throws Exception {
		return mvc.perform(get("/allocation/" + lines.year()).with(users.as(lines.officer())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void the_workbench_shows_budget_excess_in_words_and_what_blocks_finalising() throws Exception {
		var lines = shared();
		// A and B at their full 300 000 kronor exceed the budget of 500 000; a reset without htmx changes nothing.
		mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.b() + "/reset").with(csrf())
			.with(users.as(lines.officer())))
			.andExpect(redirectedUrl("/allocation/" + lines.year()));
		String html = page(lines);
		assertThat(html).contains("Fördelning " + lines.year(), lines.callTitle() + " – budget 500" + NBSP + "000 kr",
				"Fördelningstest A", lines.round().first().name(), lines.round().second().name(),
				"Detta hindrar fastställande", "Över budget med ",
				"Beviljade per förvaltning", "Föreslaget belopp för ", "id=\"amount-" + lines.a() + "\"",
				"Fastställ fördelningen", "Beviljas");
	}

	@Test
	void the_newest_year_with_applications_is_where_the_workbench_opens() throws Exception {
		var lines = shared();
		mvc.perform(get("/allocation").with(users.as(lines.officer())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/allocation/20*"));
	}

	@Test
	void an_htmx_change_answers_the_workbench_with_new_totals_and_a_reset_restores_the_recommendation()
			throws Exception {
		var lines = own();
		long others = allocated(lines) - amountOf(lines, lines.b());
		String changed = mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.b())
			.param("amount", "123 456")
			.header("HX-Request", "true").with(csrf()).with(users.as(lines.officer())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(changed.strip()).startsWith("<div id=\"workbench\"");
		assertThat(changed).doesNotContain("<html", "<h1")
			.contains("<p id=\"workbench-status\" hx-swap-oob=\"innerHTML\">Föreslaget belopp för ", "är nu 123" + NBSP + "456 kr");
		assertThat(changed).contains("value=\"123456\"", "Ändrat i fördelningen", "Återställ",
				SwedishFormat.amount(others + 123_456));
		assertThat(allocated(lines)).isEqualTo(others + 123_456);

		String reset = mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.b() + "/reset")
			.header("HX-Request", "true").with(csrf()).with(users.as(lines.officer())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(reset).contains(SwedishFormat.amount(others + 300_000)).doesNotContain("value=\"123456\"");
		assertThat(amountOf(lines, lines.b())).isEqualTo(300_000);
	}

	long allocated(AllocationRound lines) throws Exception {
		String json = mvc.perform(get("/api/v1/allocations/" + lines.year())
			.with(httpBasic(lines.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.programmes[0].allocated")).longValue();
	}

	long amountOf(AllocationRound lines, java.util.UUID applicationId) throws Exception {
		String json = mvc.perform(get("/api/v1/allocations/" + lines.year())
			.with(httpBasic(lines.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<Number> amounts = JsonPath.read(json,
				"$.lines[?(@.applicationId == '" + applicationId + "')].amount");
		return amounts.get(0).longValue();
	}

	@Test
	void without_htmx_a_change_redirects_back_to_the_page() throws Exception {
		var lines = own();
		mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.a()).param("amount", "300000")
			.with(csrf()).with(users.as(lines.officer())))
			.andExpect(redirectedUrl("/allocation/" + lines.year()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tvåhundra", "0", "300001" })
	void a_bad_amount_is_refused_at_its_line_in_swedish_and_what_was_typed_stays(String typed) throws Exception {
		var lines = shared();
		String html = mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.a()).param("amount", typed)
			.header("HX-Request", "true").with(csrf()).with(users.as(lines.officer())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"amount-" + lines.a() + "-error\"", "govuk-error-message", "belopp",
				"value=\"" + typed + "\"");

		String page = mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.a()).param("amount", typed)
			.with(csrf()).with(users.as(lines.officer())))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("govuk-error-summary", "href=\"#amount-" + lines.a() + "\"", "Fördelningstest A");
		assertThat(page(lines)).contains("300" + NBSP + "000");
	}

	@Test
	void finalising_over_budget_and_cap_is_refused_naming_both_then_allowed_once_fixed() throws Exception {
		var lines = own();
		String refused = mvc.perform(post("/allocation/" + lines.year() + "/finalise").with(csrf())
			.with(users.as(lines.officer())))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary", "href=\"#organisation-", lines.round().first().name(),
				"Över taket med 1", "href=\"#total-" + lines.round().callId() + "\"", lines.callTitle());

		// Rejecting C brings the first district back within the cap.
		cycle.recommendRejection(lines.c());
		mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.b()).param("amount", "200000")
			.with(csrf()).with(users.as(lines.officer())))
			.andExpect(redirectedUrl("/allocation/" + lines.year()));
		assertThat(page(lines)).doesNotContain("Detta hindrar fastställande", "Över budget med");
		mvc.perform(post("/allocation/" + lines.year() + "/finalise").with(csrf()).with(users.as(lines.officer())))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", matchesPattern("/decisions/documents/[0-9a-f-]{36}")));
		assertThat(page(lines)).contains("Version 1", "Fastställd");

		// A change after finalising makes a new version necessary; the API finalises it.
		mvc.perform(put("/api/v1/allocations/" + lines.year() + "/lines/" + lines.b()).with(httpBasic(lines.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 199999}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/allocations/" + lines.year() + "/finalise").with(httpBasic(lines.officer(), TestData.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void the_texts_form_saves_and_refuses_a_date_that_is_not_one() throws Exception {
		var lines = shared();
		String form = mvc.perform(get("/allocation/" + lines.year() + "/texts").with(users.as(lines.officer())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Diarienummer", "Ärendets beredning", "Jämställdhetsanalys", "Ansvarig handläggare",
				"signatoryName-2");

		String officerId = JsonPath.read(mvc.perform(get("/api/v1/allocations/" + lines.year() + "/texts")
			.with(httpBasic(lines.officer(), TestData.PASSWORD))).andReturn().getResponse().getContentAsString(), "$.officerId");
		mvc.perform(post("/allocation/" + lines.year() + "/texts").with(csrf()).with(users.as(lines.officer()))
			.param("registrationNumber", "SoN " + lines.year() + "/4711")
			.param("officerId", officerId)
			.param("documentDate", lines.year() + "-11-30")
			.param("recipient", "Socialnämnden")
			.param("title", "Fördelning av FoU-medel " + lines.year())
			.param("summaryIntro", "Sammanfattning")
			.param("background", "Bakgrund")
			.param("preparation", "Beredning")
			.param("genderAnalysis", "Analys")
			.param("proposalIntro", "Förslag")
			.param("signatoryName", "Veronica Wolgast Carstorp", "", "")
			.param("signatoryTitle", "Socialdirektör", "", "")
			.param("signatoryOrganisation", "Socialförvaltningen", "", "")
			.param("appendices", "Bilaga 1\nBilaga 2"))
			.andExpect(redirectedUrl("/allocation/" + lines.year() + "/texts"));
		String saved = mvc.perform(get("/allocation/" + lines.year() + "/texts").with(users.as(lines.officer())))
			.andReturn().getResponse().getContentAsString();
		assertThat(saved).contains("SoN " + lines.year() + "/4711", "Veronica Wolgast Carstorp", "Bilaga 1\nBilaga 2");

		String refused = mvc.perform(post("/allocation/" + lines.year() + "/texts").with(csrf()).with(users.as(lines.officer()))
			.param("registrationNumber", "SoN " + lines.year() + "/9999").param("documentDate", "30 november"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary", "href=\"#documentDate\"", "Datum", "SoN " + lines.year() + "/9999",
				"value=\"30 november\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "APPLICANT", "COUNCIL", "ATTESTANT" })
	void other_roles_are_refused_the_workbench_its_texts_and_its_export(Role role) throws Exception {
		var lines = shared();
		String user = data.user(role, lines.round().first().id());
		mvc.perform(get("/allocation").with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/allocation/" + lines.year()).with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/allocation/" + lines.year() + ".xlsx").with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/allocation/" + lines.year() + "/texts").with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(post("/allocation/" + lines.year() + "/lines/" + lines.a()).param("amount", "1").with(csrf())
			.with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(post("/allocation/" + lines.year() + "/finalise").with(csrf()).with(users.as(user)))
			.andExpect(status().isForbidden());
	}

	@Test
	void officers_find_the_workbench_in_the_navigation_and_applicants_do_not() throws Exception {
		mvc.perform(get("/").with(users.as(data.officer())))
			.andExpect(content().string(containsString("href=\"/allocation\"")));
		mvc.perform(get("/").with(users.as(data.applicant(data.district()))))
			.andExpect(content().string(not(containsString("href=\"/allocation\""))));
	}
}
