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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.AllocationFixture;

/**
 * The allocation workbench's pages on a year of their own (see {@link AllocationFixture}), and the 2024 demo round
 * read as it stands.
 */
@DemoDataTest
class AllocationPagesIT {

	static final int YEAR = AllocationFixture.YEAR;

	static final String NBSP = "\u00A0";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	AllocationFixture fixture() {
		return AllocationFixture.of(mvc);
	}

	String page(int year) throws Exception {
		return mvc.perform(get("/allocation/" + year).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void the_2024_demo_round_shows_its_totals_against_the_budgets() throws Exception {
		String html = page(2024);
		assertThat(html).contains("Fördelning 2024", "Lokala utvecklingsmedel 2024",
				"Medel för utveckling och lärande 2024", "3" + NBSP + "000" + NBSP + "000", "198" + NBSP + "400",
				"Beviljas", "Avslås");
		// Other tests' demo data may have decided the round by now: then nothing can be changed.
		if (html.contains("Beslutad")) {
			assertThat(html).doesNotContain("name=\"amount\"", "Fastställ fördelningen");
		}
		else {
			assertThat(html).contains("name=\"amount\"", "Fastställ fördelningen");
		}
	}

	@Test
	void the_workbench_shows_budget_excess_in_words_and_what_blocks_finalising() throws Exception {
		var lines = fixture().lines();
		// A and B at their full 300 000 kronor exceed the budget of 500 000 whatever other tests left.
		mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.b() + "/reset").with(csrf())
			.with(users.as("handlaggare")))
			.andExpect(redirectedUrl("/allocation/" + YEAR));
		String html = page(YEAR);
		assertThat(html).contains("Fördelning " + YEAR, AllocationFixture.CALL_TITLE + " – budget 500" + NBSP + "000 kr",
				"Fördelningstest A", "Farsta", "Södermalm", "Detta hindrar fastställande", "Över budget med ",
				"Beviljade per förvaltning", "Föreslaget belopp för ", "id=\"amount-" + lines.a() + "\"",
				"Fastställ fördelningen", "Beviljas");
	}

	@Test
	void the_newest_year_with_applications_is_where_the_workbench_opens() throws Exception {
		mvc.perform(get("/allocation").with(users.as("handlaggare")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/allocation/20*"));
	}

	@Test
	void an_htmx_change_answers_the_workbench_with_new_totals_and_a_reset_restores_the_recommendation()
			throws Exception {
		var lines = fixture().lines();
		long others = allocated() - amountOf(lines.b());
		String changed = mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.b()).param("amount", "123 456")
			.header("HX-Request", "true").with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(changed.strip()).startsWith("<div id=\"workbench\"");
		assertThat(changed).doesNotContain("<html", "<h1")
			.contains("<p id=\"workbench-status\" hx-swap-oob=\"innerHTML\">Föreslaget belopp för ", "är nu 123" + NBSP + "456 kr");
		assertThat(changed).contains("value=\"123456\"", "Ändrat i fördelningen", "Återställ",
				SwedishFormat.amount(others + 123_456));
		assertThat(allocated()).isEqualTo(others + 123_456);

		String reset = mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.b() + "/reset")
			.header("HX-Request", "true").with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(reset).contains(SwedishFormat.amount(others + 300_000)).doesNotContain("value=\"123456\"");
		assertThat(amountOf(lines.b())).isEqualTo(300_000);
	}

	long allocated() throws Exception {
		String json = mvc.perform(get("/api/v1/allocations/" + YEAR).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.programmes[0].allocated")).longValue();
	}

	long amountOf(String applicationId) throws Exception {
		String json = mvc.perform(get("/api/v1/allocations/" + YEAR).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<Number> amounts = JsonPath.read(json,
				"$.lines[?(@.applicationId == '" + applicationId + "')].amount");
		return amounts.get(0).longValue();
	}

	@Test
	void without_htmx_a_change_redirects_back_to_the_page() throws Exception {
		var lines = fixture().lines();
		mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.a()).param("amount", "300000")
			.with(csrf()).with(users.as("handlaggare")))
			.andExpect(redirectedUrl("/allocation/" + YEAR));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tvåhundra", "0", "300001" })
	void a_bad_amount_is_refused_at_its_line_in_swedish_and_what_was_typed_stays(String typed) throws Exception {
		var lines = fixture().lines();
		String html = mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.a()).param("amount", typed)
			.header("HX-Request", "true").with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"amount-" + lines.a() + "-error\"", "govuk-error-message", "belopp",
				"value=\"" + typed + "\"");

		String page = mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.a()).param("amount", typed)
			.with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("govuk-error-summary", "href=\"#amount-" + lines.a() + "\"", "Fördelningstest A");
		assertThat(page(YEAR)).contains("300" + NBSP + "000");
	}

	@Test
	void finalising_over_budget_and_cap_is_refused_naming_both_then_allowed_once_fixed() throws Exception {
		var lines = fixture().lines();
		String refused = mvc.perform(post("/allocation/" + YEAR + "/finalise").with(csrf())
			.with(users.as("handlaggare")))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary", "href=\"#organisation-", "Farsta", "Över taket med 1",
				"href=\"#total-" + lines.callId() + "\"", AllocationFixture.CALL_TITLE);

		fixture().rejectC();
		mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.b()).param("amount", "200000")
			.with(csrf()).with(users.as("handlaggare")))
			.andExpect(redirectedUrl("/allocation/" + YEAR));
		assertThat(page(YEAR)).doesNotContain("Detta hindrar fastställande", "Över budget med");
		mvc.perform(post("/allocation/" + YEAR + "/finalise").with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", matchesPattern("/decisions/documents/[0-9a-f-]{36}")));
		assertThat(page(YEAR)).contains("Version 1", "Fastställd");

		// A change after finalising makes a new version necessary; the API finalises it.
		mvc.perform(put("/api/v1/allocations/" + YEAR + "/lines/" + lines.b()).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 199999}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/allocations/" + YEAR + "/finalise").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void the_texts_form_saves_and_refuses_a_date_that_is_not_one() throws Exception {
		fixture().lines();
		String form = mvc.perform(get("/allocation/" + YEAR + "/texts").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Diarienummer", "Ärendets beredning", "Jämställdhetsanalys", "Ansvarig handläggare",
				"signatoryName-2");

		String officerId = JsonPath.read(mvc.perform(get("/api/v1/allocations/" + YEAR + "/texts")
			.with(httpBasic("handlaggare", "demo"))).andReturn().getResponse().getContentAsString(), "$.officerId");
		mvc.perform(post("/allocation/" + YEAR + "/texts").with(csrf()).with(users.as("handlaggare"))
			.param("registrationNumber", "SoN " + YEAR + "/4711")
			.param("officerId", officerId)
			.param("documentDate", YEAR + "-11-30")
			.param("recipient", "Socialnämnden")
			.param("title", "Fördelning av FoU-medel " + YEAR)
			.param("summaryIntro", "Sammanfattning")
			.param("background", "Bakgrund")
			.param("preparation", "Beredning")
			.param("genderAnalysis", "Analys")
			.param("proposalIntro", "Förslag")
			.param("signatoryName", "Veronica Wolgast Carstorp", "", "")
			.param("signatoryTitle", "Socialdirektör", "", "")
			.param("signatoryOrganisation", "Socialförvaltningen", "", "")
			.param("appendices", "Bilaga 1\nBilaga 2"))
			.andExpect(redirectedUrl("/allocation/" + YEAR + "/texts"));
		String saved = mvc.perform(get("/allocation/" + YEAR + "/texts").with(users.as("handlaggare")))
			.andReturn().getResponse().getContentAsString();
		assertThat(saved).contains("SoN " + YEAR + "/4711", "Veronica Wolgast Carstorp", "Bilaga 1\nBilaga 2");

		String refused = mvc.perform(post("/allocation/" + YEAR + "/texts").with(csrf()).with(users.as("handlaggare"))
			.param("registrationNumber", "SoN " + YEAR + "/9999").param("documentDate", "30 november"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary", "href=\"#documentDate\"", "Datum", "SoN " + YEAR + "/9999",
				"value=\"30 november\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "farsta", "radsledamot", "socialdirektor" })
	void other_roles_are_refused_the_workbench_its_texts_and_its_export(String user) throws Exception {
		var lines = fixture().lines();
		mvc.perform(get("/allocation").with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/allocation/" + YEAR).with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/allocation/" + YEAR + ".xlsx").with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/allocation/" + YEAR + "/texts").with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(post("/allocation/" + YEAR + "/lines/" + lines.a()).param("amount", "1").with(csrf())
			.with(users.as(user))).andExpect(status().isForbidden());
		mvc.perform(post("/allocation/" + YEAR + "/finalise").with(csrf()).with(users.as(user)))
			.andExpect(status().isForbidden());
	}

	@Test
	void officers_find_the_workbench_in_the_navigation_and_applicants_do_not() throws Exception {
		mvc.perform(get("/").with(users.as("handlaggare")))
			.andExpect(content().string(containsString("href=\"/allocation\"")));
		mvc.perform(get("/").with(users.as("farsta")))
			.andExpect(content().string(not(containsString("href=\"/allocation\""))));
	}
}
