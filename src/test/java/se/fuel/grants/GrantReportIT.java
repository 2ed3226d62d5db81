package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.common.SwedishFormat;
import se.fuel.testdata.TestData;

/**
 * Reports (redovisning) on the grants of a round of our own: one district gets two grants (one reported through the
 * API, one through the pages), another district one.
 */
@FuelIntegrationTest
class GrantReportIT {

	static GrantFixtures.Applicant first;

	static GrantFixtures.Applicant second;

	static GrantView firstApi;

	static GrantView firstPage;

	static GrantView secondsGrant;

	static int year;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	Grants grants;

	@Autowired
	AuditTrail audit;

	GrantFixtures fixtures;

	String officer;

	@BeforeEach
	void decided() throws Exception {
		fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
		if (firstApi != null) {
			return;
		}
		first = fixtures.applicant();
		second = fixtures.applicant();
		var round = fixtures.decided("§ 7", new GrantFixtures.Proposal(first, "Redovisning A", 300_000),
				new GrantFixtures.Proposal(first, "Redovisning B", 200_000),
				new GrantFixtures.Proposal(second, "Andra redovisningen", 100_000));
		fixtures.underWay(round.grants());
		year = round.year();
		firstApi = round.grant(0);
		firstPage = round.grant(1);
		secondsGrant = round.grant(2);
	}

	/** Everyone but officers and the grant's own organisation. */
	List<String> councilAndReader() {
		return List.of(data.council(first.organisationId()), data.reader());
	}

	GrantStatus statusOf(GrantView grant) {
		return data.as(officer, () -> grants.find(grant.id()).orElseThrow().status());
	}

	static final String REPORT = """
			{"whatWasDone":"Vägledning för unga vuxna","participantsWomen":20,"participantsMen":25,"participantsOther":1,
			 "lines":[{"description":"Lön","granted":250000,"actual":230000},
			          {"description":"Utbildning","granted":50000,"actual":30000}],
			 "outcomes":[{"category":"arbete","women":10,"men":15,"other":0},
			             {"category":"ej-horts-av","women":9,"men":8,"other":2}],
			 "experiences":"Samverkan med arbetsförmedlingen bar.","implementationPlan":true,
			 "implementationPlanHow":"Ingår i ordinarie verksamhet 2072.","proposals":"Utöka till Skärholmen."}
			""";

	@Test
	void a_report_goes_from_draft_to_submitted_returned_resubmitted_and_approved() throws Exception {
		String api = "/api/v1/grants/" + firstApi.id() + "/report";
		mvc.perform(put(api).with(httpBasic(first.username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(REPORT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.remainder").value(40_000))
			.andExpect(jsonPath("$.totals.women").value(19))
			.andExpect(jsonPath("$.totals.men").value(23))
			.andExpect(jsonPath("$.totals.perCategory.arbete").value(25));
		assertThat(statusOf(firstApi)).isEqualTo(GrantStatus.IN_PROGRESS);
		mvc.perform(post(api + "/submit").with(httpBasic(first.username(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_IN"));
		assertThat(statusOf(firstApi)).isEqualTo(GrantStatus.REPORT_HANDED_IN);
		mvc.perform(put(api).with(httpBasic(first.username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(REPORT))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(api + "/return").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("message"))
			.andExpect(jsonPath("$.violations[0].message").value("Meddelande måste anges: vad som ska kompletteras."));
		mvc.perform(post(api + "/return").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Ange utfall för alla deltagare.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnMessage").value("Ange utfall för alla deltagare."));
		assertThat(statusOf(firstApi)).isEqualTo(GrantStatus.RETURNED_FOR_COMPLETION);
		mvc.perform(put(api).with(httpBasic(first.username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.replace("\"other\":2", "\"other\":4")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.other").value(4));
		mvc.perform(post(api + "/submit").with(httpBasic(first.username(), TestData.PASSWORD))).andExpect(status().isOk());
		assertThat(statusOf(firstApi)).isEqualTo(GrantStatus.REPORT_HANDED_IN);
		// The round's year lies ahead, so its project period has not begun: approving needs the officer's reason.
		assertThat(firstApi.periodStart()).isAfter(LocalDate.now(SwedishFormat.ZONE));
		mvc.perform(post(api + "/approve").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Ett föredömligt projekt.\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("overrideReason"))
			.andExpect(jsonPath("$.violations[0].rule").value("report-approved-once-the-period-has-begun"))
			.andExpect(jsonPath("$.violations[0].message").value("Projektperiod: redovisningen kan inte godkännas före "
					+ "projektperiodens start " + firstApi.periodStart() + ". Ange skälet om du ändå vill godkänna den."));
		mvc.perform(post("/grants/" + firstApi.id() + "/report/approve").with(users.as(officer)).with(csrf())
			.param("comment", "Ett föredömligt projekt."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#overrideReason\"")))
			.andExpect(content().string(containsString("name=\"overrideReason\"")))
			.andExpect(content().string(containsString("Godkänn ändå")));
		assertThat(statusOf(firstApi)).isEqualTo(GrantStatus.REPORT_HANDED_IN);
		mvc.perform(post(api + "/approve").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"comment":"Ett föredömligt projekt.","overrideReason":"Projektet startade i förtid med egna medel."}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.coordinatorComment").value("Ett föredömligt projekt."));
		assertThat(statusOf(firstApi)).isEqualTo(GrantStatus.APPROVED);
		var history = audit.history("GrantReport", firstApi.id());
		assertThat(history).extracting(e -> e.action())
			.contains("saved", "submitted", "returned", "approved");
		var approval = history.stream().filter(e -> e.action().equals("approved")).findFirst().orElseThrow();
		assertThat(approval.actor()).isEqualTo(officer);
		assertThat(approval.before()).contains("HANDED_IN");
		assertThat(approval.after()).contains("APPROVED", "overrideReason", "Projektet startade i förtid med egna medel.",
				"approvedBeforePeriodStart", firstApi.periodStart().toString());
	}

	@Test
	void the_organisation_fills_in_the_form_sees_swedish_errors_and_the_officer_reads_and_returns_it() throws Exception {
		String page = "/grants/" + firstPage.id() + "/report";
		mvc.perform(get("/grants/" + firstPage.id()).with(users.as(first.username())))
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		// Never saved: the form starts from the application's budget line (all of it granted) and with 0 participants.
		mvc.perform(get(page).with(users.as(first.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"outcome-fortsatt-stod-women\"")))
			.andExpect(content().string(containsString("Lämna in redovisningen")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"lines-0-description\"[^>]*value=\"Lön\".*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"lines-0-granted\"[^>]*value=\"200000\".*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"participantsOther\"[^>]*value=\"0\".*")));
		mvc.perform(post(page).with(users.as(first.username())).with(csrf()).param("action", "submit")
			.param("lines-0-description", "Lön").param("lines-0-granted", "200000").param("lines-0-actual", "-5")
			.param("outcome-arbete-women", "tre"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#outcome-arbete-women\"")))
			.andExpect(content().string(containsString("Arbete, kvinnor måste vara ett heltal")))
			.andExpect(content().string(containsString("value=\"tre\"")));
		mvc.perform(post(page).with(users.as(first.username())).with(csrf()).param("action", "submit")
			.param("lines-0-description", "Lön").param("lines-0-granted", "200000").param("lines-0-actual", "-5"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Budgetpost 1: faktiskt belopp får inte vara mindre än 0.")));
		mvc.perform(post(page).with(users.as(first.username())).with(csrf()).param("action", "submit")
			.param("lines-0-description", "Lön").param("lines-0-granted", "200000").param("lines-0-actual", "150 000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#whatWasDone\"")))
			.andExpect(content().string(containsString("Vad som genomförts måste fyllas i innan redovisningen lämnas in.")));
		assertThat(statusOf(firstPage)).isEqualTo(GrantStatus.IN_PROGRESS);
		mvc.perform(post(page).with(users.as(first.username())).with(csrf()).param("action", "submit")
			.param("lines-0-description", "Lön").param("lines-0-granted", "200000").param("lines-0-actual", "150 000")
			.param("whatWasDone", "Studiebesök i Malmö").param("participantsWomen", "3")
			.param("participantsMen", "2").param("participantsOther", "0").param("outcome-studier-men", "2")
			.param("experiences", "Lärorikt").param("implementationPlan", "no").param("proposals", "Fortsätt"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		assertThat(statusOf(firstPage)).isEqualTo(GrantStatus.REPORT_HANDED_IN);
		mvc.perform(get(page).with(users.as(first.username())))
			.andExpect(content().string(containsString("50\u00a0000\u00a0kronor")))
			.andExpect(content().string(not(containsString("Lämna in redovisningen"))));
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Studiebesök i Malmö")))
			.andExpect(content().string(containsString("Godkänn redovisningen")));
		mvc.perform(post(page + "/return").with(users.as(officer)).with(csrf()).param("message", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#message\"")));
		mvc.perform(post(page + "/return").with(users.as(officer)).with(csrf())
			.param("message", "Beskriv erfarenheterna mer."))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(firstPage)).isEqualTo(GrantStatus.RETURNED_FOR_COMPLETION);
		mvc.perform(get(page).with(users.as(first.username())))
			.andExpect(content().string(containsString("Beskriv erfarenheterna mer.")))
			.andExpect(content().string(containsString("Studiebesök i Malmö</textarea>")));
	}

	@Test
	void another_organisation_gets_404_and_council_and_readers_403() throws Exception {
		String api = "/api/v1/grants/" + secondsGrant.id() + "/report";
		mvc.perform(get(api).with(httpBasic(first.username(), TestData.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(put(api).with(httpBasic(first.username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(REPORT))
			.andExpect(status().isNotFound());
		mvc.perform(post(api + "/submit").with(httpBasic(first.username(), TestData.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/grants/" + secondsGrant.id() + "/report").with(users.as(first.username())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/grants/" + secondsGrant.id() + "/report").with(users.as(first.username())).with(csrf())
			.param("whatWasDone", "x")).andExpect(status().isNotFound());
		for (String user : councilAndReader()) {
			mvc.perform(get(api).with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/grants/" + secondsGrant.id() + "/report").with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(put(api).with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(REPORT))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void a_report_with_more_participants_than_a_long_holds_is_refused_and_never_counted() throws Exception {
		String api = "/api/v1/grants/" + secondsGrant.id() + "/report";
		String huge = REPORT.replace("\"participantsWomen\":20", "\"participantsWomen\":9223372036854775807")
			.replace("\"granted\":250000", "\"granted\":9223372036854775807");
		mvc.perform(put(api).with(httpBasic(second.username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("participantsWomen")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("people-count-in-range")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("amount-in-range")));
		mvc.perform(get(api).with(httpBasic(second.username(), TestData.PASSWORD)))
			.andExpect(content().string(not(containsString("9223372036854775807"))));
	}

	@Test
	void only_officers_approve_or_return_a_report_and_add_outcome_categories() throws Exception {
		String api = "/api/v1/grants/" + secondsGrant.id() + "/report";
		for (String user : List.of(second.username(), first.username(), data.council(second.organisationId()), data.reader())) {
			mvc.perform(post(api + "/approve").with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"x\"}")).andExpect(status().isForbidden());
			mvc.perform(post(api + "/return").with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\":\"x\"}")).andExpect(status().isForbidden());
			mvc.perform(post("/grants/" + secondsGrant.id() + "/report/approve").with(users.as(user)).with(csrf())
				.param("comment", "x")).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/grants/report-categories").with(httpBasic(user, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"Praktik\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/grants/" + secondsGrant.id() + "/report/categories").with(users.as(user)).with(csrf())
				.param("label", "Praktik")).andExpect(status().isForbidden());
		}
		mvc.perform(post("/grants/" + secondsGrant.id() + "/report/categories").with(users.as(officer))
			.with(csrf()).param("label", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#label\"")))
			.andExpect(content().string(containsString("Kategori måste anges med högst 100 tecken.")));
		mvc.perform(post("/api/v1/grants/report-categories").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"Självförsörjande " + year + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("arbete"))
			.andExpect(jsonPath("$[-1].code").value("sjalvforsorjande-" + year));
		mvc.perform(get(api).with(httpBasic(second.username(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.categories[-1].label").value("Självförsörjande " + year));
		mvc.perform(post(api + "/approve").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}"))
			.andExpect(status().isUnprocessableContent());
	}
}
