package se.fuel.calls.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.calls.TestCall;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
class CallPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	CallAdministration administration;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	String officer;

	String applicant;

	@BeforeEach
	void anOfficerAndAnApplicant() {
		officer = cycle.officer();
		applicant = data.applicant(data.district());
	}

	/** A call of a new year whose window lies in the autumn before it. */
	private MockHttpServletRequestBuilder validCall(int year, String title, boolean published) {
		return post("/calls").with(csrf()).with(users.as(officer))
			.param("programmeCode", "LUM").param("year", String.valueOf(year)).param("title", title)
			.param("budget", "2 500 000").param("opensAt", (year - 1) + "-09-01T08:00")
			.param("closesAt", (year - 1) + "-10-31T23:59")
			.param("maxAmountPerApplication", "500000").param("maxGrantsPerOrganisation", "3")
			.param("capGroup", "LUM+MUL " + year).param("longestPeriodMonths", "12")
			.param("mainCriteria", "Första kriteriet\nAndra kriteriet").param("priorityAreas", "Område A\n\nOmråde B")
			.param("requiredSections", "problem", "genderAnalysis").param("wordLimits[problem]", "250")
			.param("reportDueDate", (year + 1) + "-02-28").param("repaymentNoticeDate", year + "-06-02")
			.param("registrationPrefix", "FoU").param("published", String.valueOf(published));
	}

	private MockHttpServletRequestBuilder validCall(String title, boolean published) {
		return validCall(cycle.undecidedYear(), title, published);
	}

	private CallView openCall(TestCall call) {
		return call.create(data, officer, administration);
	}

	private UUID idOf(String title) {
		return calls.all().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow().id();
	}

	@Test
	void an_officer_creates_a_call_and_sees_its_rules_and_history() throws Exception {
		String title = "Testutlysning " + UUID.randomUUID();
		int year = cycle.undecidedYear();
		mvc.perform(validCall(year, title, false)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/calls/*"));
		var call = calls.find(idOf(title)).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(call.budget()).isEqualTo(2_500_000);
		org.assertj.core.api.Assertions.assertThat(call.mainCriteria()).containsExactly("Första kriteriet", "Andra kriteriet");
		org.assertj.core.api.Assertions.assertThat(call.priorityAreas()).containsExactly("Område A", "Område B");
		org.assertj.core.api.Assertions.assertThat(call.opensAt()).isEqualTo(java.time.Instant.parse((year - 1) + "-09-01T06:00:00Z"));
		org.assertj.core.api.Assertions.assertThat(call.published()).isFalse();

		mvc.perform(get("/calls/" + call.id()).with(users.as(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Första kriteriet")))
			.andExpect(content().string(containsString("Utkast")))
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("skapad")));
	}

	@Test
	void bad_input_comes_back_with_swedish_messages_and_the_typed_values() throws Exception {
		mvc.perform(post("/calls").with(csrf()).with(users.as(officer))
			.param("programmeCode", "LUM").param("year", "tjugo").param("title", "Min felaktiga utlysning")
			.param("budget", "100000").param("opensAt", "2027-09-01T08:00").param("closesAt", "2027-08-01T08:00")
			.param("maxAmountPerApplication", "200000").param("mainCriteria", "Ett kriterium"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Fältet ”År” måste vara ett årtal")))
			.andExpect(content().string(containsString("Fältet ”Stänger” måste vara senare än ”Öppnar”")))
			.andExpect(content().string(containsString("får inte vara större än budgeten")))
			.andExpect(content().string(containsString("href=\"#closesAt\"")))
			.andExpect(content().string(containsString("id=\"closesAt-error\"")))
			.andExpect(content().string(containsString("govuk-input--error")))
			.andExpect(content().string(containsString("value=\"tjugo\"")))
			.andExpect(content().string(containsString("Min felaktiga utlysning")))
			.andExpect(content().string(containsString("Ett kriterium")));
	}

	@Test
	void an_officer_changes_and_publishes_a_call_and_each_change_is_audited() throws Exception {
		String title = "Ändras " + UUID.randomUUID();
		mvc.perform(validCall(title, false)).andExpect(status().is3xxRedirection());
		UUID id = idOf(title);
		mvc.perform(get("/calls/" + id + "/edit").with(users.as(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Första kriteriet\nAndra kriteriet")))
			.andExpect(content().string(containsString("value=\"" + (calls.find(id).orElseThrow().year() - 1)
					+ "-09-01T08:00\"")));
		mvc.perform(post("/calls/" + id + "/publish").with(csrf()).with(users.as(officer)).param("published", "true"))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(calls.find(id).orElseThrow().published()).isTrue();
		mvc.perform(get("/calls/" + id).with(users.as(officer)))
			.andExpect(content().string(containsString("publicerad")))
			.andExpect(content().string(containsString("Avpublicera")));
	}

	@Test
	void an_applicant_may_not_create_or_change_calls() throws Exception {
		mvc.perform(get("/calls/new").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(post("/calls").with(csrf()).with(users.as(applicant)).param("title", "x"))
			.andExpect(status().isForbidden());
		UUID open = openCall(TestCall.lum(cycle.undecidedYear())).id();
		mvc.perform(get("/calls/" + open + "/edit").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(post("/calls/" + open + "/publish").with(csrf()).with(users.as(applicant)).param("published", "false"))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(calls.find(open).orElseThrow().published()).isTrue();
	}

	@Test
	void an_applicant_cannot_see_a_draft_call() throws Exception {
		String title = "Hemligt utkast " + UUID.randomUUID();
		mvc.perform(validCall(title, false)).andExpect(status().is3xxRedirection());
		UUID id = idOf(title);
		mvc.perform(get("/calls/" + id).with(users.as(applicant))).andExpect(status().isNotFound());
		mvc.perform(get("/calls").with(users.as(applicant))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/calls").with(users.as(officer)))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void everyone_signed_in_sees_the_open_calls_with_criteria_caps_and_deadline() throws Exception {
		String u = UUID.randomUUID().toString();
		var lum = openCall(TestCall.lum(cycle.undecidedYear()).title("Öppna projektmedel " + u));
		openCall(TestCall.mul(cycle.undecidedYear()).title("Öppna studiebesök " + u));
		openCall(TestCall.lum(cycle.undecidedYear()).title("Förra årets medel " + u).closed());
		String deadline = se.fuel.common.SwedishFormat.dateTime(lum.closesAt());
		for (String user : new String[] { applicant, data.reader(), data.council(data.district()) }) {
			mvc.perform(get("/calls").with(users.as(user))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Öppna projektmedel " + u)))
				.andExpect(content().string(containsString("Öppna studiebesök " + u)))
				.andExpect(content().string(containsString(TestCall.CRITERIA.get(1))))
				.andExpect(content().string(containsString("750\u00A0000\u00A0kronor")))
				.andExpect(content().string(containsString(deadline)))
				.andExpect(content().string(not(containsString("Ny utlysning"))));
		}
		mvc.perform(get("/calls").with(users.as(officer)))
			.andExpect(content().string(containsString("Ny utlysning")))
			.andExpect(content().string(containsString("Förra årets medel " + u)));
	}

	@Test
	void the_call_form_and_pages_speak_english_on_request() throws Exception {
		mvc.perform(get("/calls/new").param("lang", "en").with(users.as(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Word limit for gender-equality analysis")));
		UUID open = openCall(TestCall.lum(cycle.undecidedYear())).id();
		mvc.perform(get("/calls/" + open).param("lang", "en").with(users.as(applicant))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Main criteria")))
			.andExpect(content().string(not(containsString("Händelser"))));
	}

	@Test
	void an_unknown_call_answers_404() throws Exception {
		mvc.perform(get("/calls/" + UUID.randomUUID()).with(users.as(officer))).andExpect(status().isNotFound());
	}

	@Test
	void officers_list_and_add_programmes_and_applicants_are_refused() throws Exception {
		mvc.perform(get("/programmes").with(users.as(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Medel för utveckling och lärande")));
		String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		mvc.perform(post("/programmes").with(csrf()).with(users.as(officer)).param("code", code)
			.param("name", "Kompetensfonden").param("form", "PROJECT")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/programmes").with(users.as(officer))).andExpect(content().string(containsString(code)));
		mvc.perform(post("/programmes").with(csrf()).with(users.as(officer)).param("code", "LUM")
			.param("name", "").param("form", "")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("det finns redan ett program med koden")))
			.andExpect(content().string(containsString("Fältet ”Namn” måste fyllas i.")));
		mvc.perform(get("/programmes").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(post("/programmes").with(csrf()).with(users.as(applicant)).param("code", "X" + code)
			.param("name", "x").param("form", "PROJECT")).andExpect(status().isForbidden());
	}
}
