package se.fuel.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.CallView;
import se.fuel.calls.TestCall;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The scenario through the pages: Farsta drafts a LUM application that breaks two rules, sees both at once,
 * fixes them, submits, is returned for completion by the officer and resubmits; Södermalm never sees it. Farsta and
 * Södermalm are two districts of the test's own, the call one of its own with the rules of a real LUM call.
 */
@FuelIntegrationTest
class ApplicationScenarioIT {

	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CallAdministration administration;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	int year;

	CallView lum;

	String farsta;

	String sodermalm;

	String officer;

	@BeforeEach
	void aCallAndTwoDistricts() {
		year = cycle.year();
		officer = cycle.officer();
		lum = TestCall.lum(year).create(data, officer, administration);
		farsta = data.applicant(data.district());
		sodermalm = data.applicant(data.district());
	}

	MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String title, long amount,
			boolean withGenderAnalysis) {
		request.param("title", title)
			.param("contactName", "Fatima Farsta")
			.param("contactEmail", "fatima@farsta.example")
			.param("targetGroup", "Unga vuxna med samsjuklighet")
			.param("problem", "De faller mellan stolarna")
			.param("goals", "Samordnat stöd")
			.param("method", "Lotsning")
			.param("implementationPlan", "Införs i ordinarie verksamhet")
			.param("budgetLines[0].description", "Lön lots")
			.param("budgetLines[0].amount", String.valueOf(amount - 50_000))
			.param("budgetLines[1].description", "Handledning")
			.param("budgetLines[1].amount", "50 000")
			.param("requestedAmount", String.valueOf(amount))
			.param("startDate", year + "-01-01")
			.param("endDate", year + "-12-31")
			.param("action", "submit")
			.with(csrf());
		if (withGenderAnalysis) {
			request.param("genderAnalysis", "Insatsen når både kvinnor och män; vi följer upp per kön.");
		}
		return request;
	}

	@Test
	void farsta_drafts_sees_every_violation_fixes_submits_is_returned_and_resubmits() throws Exception {
		CallView call = lum;
		String title = "Lots för samsjuka " + UUID.randomUUID();

		// Too much money and no gender-equality analysis: both violations at once, the draft kept.
		String refused = mvc.perform(project(post("/applications/new").param("callId", call.id().toString()), title,
				900_000, false).with(users.as(farsta)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#requestedAmount\"")))
			.andExpect(content().string(containsString("href=\"#genderAnalysis\"")))
			.andExpect(content().string(containsString("högsta belopp per ansökan")))
			.andExpect(content().string(containsString("Jämställdhetsanalys måste fyllas i")))
			.andExpect(content().string(containsString("value=\"900000\"")))
			.andExpect(content().string(containsString("Unga vuxna med samsjuklighet")))
			.andReturn().getResponse().getContentAsString();
		Matcher id = Pattern.compile("/applications/([0-9a-f-]{36})/edit").matcher(refused);
		assertThat(id.find()).as("the refused form posts to the saved draft").isTrue();
		String applicationId = id.group(1);
		mvc.perform(get("/applications").with(users.as(farsta)))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Utkast")));

		// A real PDF is accepted as an attachment while it is a draft.
		mvc.perform(multipart("/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
			.with(csrf()).with(users.as(farsta)))
			.andExpect(redirectedUrl("/applications/" + applicationId));
		String page = mvc.perform(get("/applications/" + applicationId).with(users.as(farsta)))
			.andExpect(content().string(containsString("plan.pdf")))
			.andReturn().getResponse().getContentAsString();
		Matcher att = Pattern.compile("/applications/" + applicationId + "/attachments/([0-9a-f-]{36})\"").matcher(page);
		assertThat(att.find()).isTrue();
		String attachment = "/applications/" + applicationId + "/attachments/" + att.group(1);
		mvc.perform(get(attachment).with(users.as(farsta))).andExpect(status().isOk())
			.andExpect(content().bytes(PDF));

		// Fixed: submitted, with a receipt and a registration number.
		mvc.perform(project(post("/applications/" + applicationId + "/edit"), title, 700_000, true)
			.with(users.as(farsta)))
			.andExpect(redirectedUrl("/applications/" + applicationId + "/receipt"));
		String receipt = mvc.perform(get("/applications/" + applicationId + "/receipt").with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ansökan inskickad")))
			.andReturn().getResponse().getContentAsString();
		Matcher number = Pattern.compile("FoU " + year + "/\\d{4}").matcher(receipt);
		assertThat(number.find()).isTrue();
		String registrationNumber = number.group();

		// Södermalm sees nothing of it: not in its list, 404 on the page, the API and the attachment.
		mvc.perform(get("/applications").with(users.as(sodermalm)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/applications/" + applicationId).with(users.as(sodermalm))).andExpect(status().isNotFound());
		mvc.perform(get("/applications/" + applicationId + "/receipt").with(users.as(sodermalm)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/applications/" + applicationId).with(httpBasic(sodermalm, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get(attachment).with(users.as(sodermalm))).andExpect(status().isNotFound());

		// The officer sees it with the call's totals, and returns it for completion; a message is required.
		mvc.perform(get("/applications").param("callId", call.id().toString()).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("sökt totalt")));
		mvc.perform(post("/applications/" + applicationId + "/return").param("message", " ").with(csrf())
			.with(users.as(officer)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("href=\"#message\"")));
		mvc.perform(post("/applications/" + applicationId + "/return").param("message", "Komplettera med forskningsanknytning.")
			.with(csrf()).with(users.as(farsta)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/applications/" + applicationId + "/return").param("message", "Komplettera med forskningsanknytning.")
			.with(csrf()).with(users.as(officer)))
			.andExpect(redirectedUrl("/applications/" + applicationId));

		// Farsta reads the message, completes and resubmits under the same registration number.
		mvc.perform(get("/applications/" + applicationId).with(users.as(farsta)))
			.andExpect(content().string(containsString("Komplettera med forskningsanknytning.")))
			.andExpect(content().string(containsString("Händelser")));
		mvc.perform(project(post("/applications/" + applicationId + "/edit"), title, 700_000, true)
			.param("researchLink", "Forskare vid Stockholms universitet").with(users.as(farsta)))
			.andExpect(redirectedUrl("/applications/" + applicationId + "/receipt"));
		mvc.perform(get("/applications/" + applicationId + "/receipt").with(users.as(farsta)))
			.andExpect(content().string(containsString(registrationNumber)));
		mvc.perform(get("/applications/" + applicationId).with(users.as(officer)))
			.andExpect(content().string(containsString("inskickad igen")));
	}

	@Test
	void council_attestant_and_reader_have_no_access_to_applications() throws Exception {
		for (String user : new String[] { data.council(data.district()), data.attestant(), data.reader() }) {
			mvc.perform(get("/applications").with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/applications").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/applications/new").param("callId", lum.id().toString()).with(users.as(user)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void an_officer_cannot_start_an_application() throws Exception {
		mvc.perform(get("/applications/new").param("callId", lum.id().toString()).with(users.as(officer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_new_form_shows_word_counters_priority_areas_and_budget_rows_and_adds_a_row_without_javascript()
			throws Exception {
		CallView call = lum;
		mvc.perform(get("/applications/new").param("callId", call.id().toString()).with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-module=\"govuk-character-count\"")))
			.andExpect(content().string(containsString("data-maxwords=\"200\"")))
			.andExpect(content().string(containsString(call.priorityAreas().get(0))))
			.andExpect(content().string(containsString("name=\"budgetLines[2].amount\"")))
			.andExpect(content().string(not(containsString("name=\"budgetLines[3].amount\""))))
			.andExpect(content().string(containsString("Spara utkast")))
			.andExpect(content().string(containsString("Skicka in")));
		mvc.perform(post("/applications/new").param("callId", call.id().toString()).param("action", "addLine")
			.param("title", "Bara en rad till").with(csrf()).with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"budgetLines[3].amount\"")))
			.andExpect(content().string(containsString("Bara en rad till")));
	}

	@Test
	void the_study_visit_form_asks_for_destination_participants_and_the_declaration() throws Exception {
		CallView mul = TestCall.mul(year).create(data, officer, administration);
		mvc.perform(get("/applications/new").param("callId", mul.id().toString()).with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"destination\"")))
			.andExpect(content().string(containsString("id=\"participantCount\"")))
			.andExpect(content().string(containsString("Studiebesöket är inte en kurs eller konferens")))
			.andExpect(content().string(not(containsString("id=\"researchLink\""))));
	}

	@Test
	void a_draft_with_a_badly_typed_amount_is_not_saved_and_says_why_in_swedish() throws Exception {
		mvc.perform(post("/applications/new").param("callId", lum.id().toString()).param("action", "save")
			.param("title", "Fel belopp").param("requestedAmount", "mycket").with(csrf()).with(users.as(farsta)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Sökt belopp måste anges i hela kronor")))
			.andExpect(content().string(containsString("value=\"mycket\"")));
	}

	@Test
	void an_applicant_finds_an_apply_button_on_an_open_call_and_the_officer_sees_a_closed_calls_totals()
			throws Exception {
		CallView call = lum;
		mvc.perform(get("/calls/" + call.id()).with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/applications/new?callId=" + call.id())));
		mvc.perform(get("/calls").with(users.as(farsta)))
			.andExpect(content().string(containsString("/applications/new?callId=" + call.id())));

		// Two districts apply to last year's call, which the officer then closes as its dates had come.
		int lastYear = cycle.year();
		String title = "Lots för samsjukliga " + UUID.randomUUID();
		UUID closing = cycle.call(lastYear);
		cycle.submitted(farsta, closing, lastYear, title, 400_000);
		cycle.submitted(sodermalm, closing, lastYear, "Prata om det " + UUID.randomUUID(), 250_000);
		var closed = TestCall.lum(lastYear).title("Lokala utvecklingsmedel (test) " + lastYear).closed().input();
		data.run(officer, () -> administration.update(closing, closed, null));
		mvc.perform(get("/calls/" + closing).with(users.as(farsta)))
			.andExpect(content().string(not(containsString("/applications/new?callId="))));
		mvc.perform(get("/applications").param("callId", closing.toString()).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*2 ansökningar, sökt totalt 650(\u00A0|&nbsp;| )000 kronor.*")))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void an_applicant_withdraws_a_draft_and_cannot_withdraw_it_twice() throws Exception {
		String location = mvc.perform(post("/applications/new").param("callId", lum.id().toString())
			.param("title", "Återtas " + UUID.randomUUID()).param("action", "save").with(csrf())
			.with(users.as(farsta)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/withdraw").with(csrf()).with(users.as(sodermalm)))
			.andExpect(status().isNotFound());
		mvc.perform(post(location + "/withdraw").with(csrf()).with(users.as(farsta)))
			.andExpect(redirectedUrl(location));
		mvc.perform(get(location).with(users.as(farsta)))
			.andExpect(content().string(containsString("Återtagen")))
			.andExpect(content().string(not(containsString("Återta ansökan"))));
		mvc.perform(post(location + "/withdraw").with(csrf()).with(users.as(farsta)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("kan inte ändras")));
	}
}
