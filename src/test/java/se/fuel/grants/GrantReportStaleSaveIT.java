package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * Two people working on the same report (redovisning) or moving its due date: the save or decision made on an older
 * copy is refused and nothing is overwritten. A district gets four grants in a round of our own: one for the pages,
 * one for the API, one for parallel saves, one to hand in.
 */
@FuelIntegrationTest
class GrantReportStaleSaveIT {

	static List<GrantView> decided;

	static String applicant;

	static int year;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	String officer;

	@BeforeEach
	void decided() throws Exception {
		var fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
		if (decided != null) {
			return;
		}
		var district = fixtures.applicant();
		var round = fixtures.decided("§ 9", List.of("sidorna", "API:t", "samtidigt", "inlämning").stream()
			.map(title -> new GrantFixtures.Proposal(district, "Redovisning " + title, 100_000))
			.toArray(GrantFixtures.Proposal[]::new));
		fixtures.underWay(round.grants());
		decided = round.grants();
		applicant = district.username();
		year = round.year();
	}

	static final String REPORT = """
			{"whatWasDone":"%s","participantsWomen":4,"participantsMen":5,"participantsOther":0,
			 "lines":[{"description":"Lön","granted":100000,"actual":90000}],"outcomes":[],
			 "experiences":"Samverkan bar.","implementationPlan":false,"proposals":"Fortsätt."%s}""";

	static String report(String whatWasDone, Long version) {
		return REPORT.formatted(whatWasDone, version == null ? "" : ",\"version\":" + version);
	}

	String stored(UUID grantId, String path) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/grants/" + grantId + "/report").with(httpBasic(officer, TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path).toString();
	}

	@Test
	void a_stale_save_of_the_report_form_comes_back_with_the_message_and_the_typed_text_and_overwrites_nothing()
			throws Exception {
		UUID id = decided.get(0).id();
		String page = "/grants/" + id + "/report";
		mvc.perform(get(page).with(users.as(applicant)))
			.andExpect(content().string(containsString("name=\"version\" value=\"-1\"")));
		mvc.perform(post(page).with(users.as(applicant)).with(csrf()).param("version", "-1")
				.param("whatWasDone", "Först sparad"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post(page).with(users.as(applicant)).with(csrf()).param("version", "-1")
				.param("whatWasDone", "Sent sparad av en kollega"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Någon annan (" + applicant + ") sparade ändringar")))
			.andExpect(content().string(containsString("href=\"#report-status\"")))
			.andExpect(content().string(containsString(">Sent sparad av en kollega</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"-1\"")));
		assertThat(stored(id, "$.content.whatWasDone")).isEqualTo("Först sparad");
	}

	@Test
	void the_api_refuses_a_stale_draft_and_a_decision_on_a_report_changed_since_the_officer_read_it() throws Exception {
		UUID id = decided.get(1).id();
		String api = "/api/v1/grants/" + id + "/report";
		mvc.perform(get(api).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"-1\""))
			.andExpect(jsonPath("$.version").value(-1));
		mvc.perform(put(api).with(httpBasic(applicant, TestData.PASSWORD)).header("If-Match", "\"-1\"")
				.contentType(MediaType.APPLICATION_JSON).content(report("Först sparad", null)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		mvc.perform(put(api).with(httpBasic(applicant, TestData.PASSWORD)).header("If-Match", "\"-1\"")
				.contentType(MediaType.APPLICATION_JSON).content(report("Sent sparad", null)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(0))
			.andExpect(jsonPath("$.changedBy").value(applicant));
		mvc.perform(put(api).with(httpBasic(applicant, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(report("Sent sparad", -1L)))
			.andExpect(status().isConflict());
		assertThat(stored(id, "$.content.whatWasDone")).isEqualTo("Först sparad");

		mvc.perform(post(api + "/submit").with(httpBasic(applicant, TestData.PASSWORD))).andExpect(status().isOk());
		String readByOfficer = stored(id, "$.version");
		String admin = data.admin();
		mvc.perform(post(api + "/return").with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", readByOfficer)
				.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Beskriv utfallet.\"}"))
			.andExpect(status().isOk());
		mvc.perform(put(api).with(httpBasic(applicant, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(report("Kompletterad", null)))
			.andExpect(status().isOk());
		mvc.perform(post(api + "/submit").with(httpBasic(applicant, TestData.PASSWORD))).andExpect(status().isOk());

		mvc.perform(post(api + "/approve").with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", readByOfficer)
				.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Godkänd utan att ha läst.\"}"))
			.andExpect(status().isPreconditionFailed());
		assertThat(stored(id, "$.status")).isEqualTo("HANDED_IN");
		String current = stored(id, "$.version");
		mvc.perform(post(api + "/approve").with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Läst.\",\"overrideReason\":\"Testets projektår har inte börjat.\",\"version\":" + current + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void twenty_parallel_saves_on_the_same_version_give_one_success_and_nineteen_refusals_and_no_server_error()
			throws Exception {
		UUID id = decided.get(2).id();
		String api = "/api/v1/grants/" + id + "/report";
		mvc.perform(put(api).with(httpBasic(applicant, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(report("Utgångsläge", null)))
			.andExpect(status().isOk());
		String version = stored(id, "$.version");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(20);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String text = "Parallell " + i;
				Callable<Integer> save = () -> {
					start.await();
					return mvc.perform(put(api).with(httpBasic(applicant, TestData.PASSWORD)).header("If-Match", version)
							.contentType(MediaType.APPLICATION_JSON).content(report(text, null)))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(save));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
			assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412 || s == 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stored(id, "$.content.whatWasDone")).startsWith("Parallell ");
		assertThat(stored(id, "$.version")).isEqualTo(String.valueOf(Long.parseLong(version) + 1));
	}

	@Test
	void a_stale_change_of_the_report_due_date_is_refused_on_the_page_and_in_the_api_and_the_first_change_stands()
			throws Exception {
		UUID id = decided.get(0).id();
		String admin = data.admin();
		String read = mvc.perform(get("/api/v1/grants/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getHeader("ETag").replace("\"", "");
		mvc.perform(get("/grants/" + id).with(users.as(officer)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + read + "\"")));
		mvc.perform(post("/grants/" + id + "/report-due-date").with(users.as(officer)).with(csrf())
				.param("version", read).param("reportDueDate", (year + 1) + "-03-31").param("reason", "Projektet förlängs."))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/grants/" + id + "/report-due-date").with(users.as(admin)).with(csrf())
				.param("version", read).param("reportDueDate", (year + 1) + "-06-30").param("reason", "Sent skäl."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Någon annan (" + officer + ") sparade ändringar")))
			.andExpect(content().string(containsString(">Sent skäl.</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + read + "\"")));
		mvc.perform(put("/api/v1/grants/" + id + "/report-due-date").with(httpBasic(admin, TestData.PASSWORD))
				.header("If-Match", read).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reportDueDate\":\"" + (year + 1) + "-06-30\",\"reason\":\"Sent skäl.\"}"))
			.andExpect(status().isPreconditionFailed());
		mvc.perform(put("/api/v1/grants/" + id + "/report-due-date").with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reportDueDate\":\"" + (year + 1) + "-06-30\",\"reason\":\"Sent skäl.\",\"version\":" + read + "}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/grants/" + id).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(jsonPath("$.reportDueDate").value((year + 1) + "-03-31"));
	}

	@Test
	void a_draft_saved_while_handing_in_was_refused_is_the_version_the_form_then_stands_on() throws Exception {
		UUID id = decided.get(3).id();
		String page = "/grants/" + id + "/report";
		mvc.perform(post(page).with(users.as(applicant)).with(csrf()).param("version", "-1").param("action", "submit")
				.param("whatWasDone", "Boendestöd i Farsta"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Erfarenheter och slutsatser måste fyllas i")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(post(page).with(users.as(applicant)).with(csrf()).param("version", "0").param("action", "submit")
				.param("whatWasDone", "Boendestöd i Farsta").param("participantsWomen", "3").param("participantsMen", "2")
				.param("participantsOther", "0").param("experiences", "Lärorikt").param("implementationPlan", "no")
				.param("proposals", "Fortsätt"))
			.andExpect(status().is3xxRedirection());
		assertThat(stored(id, "$.status")).isEqualTo("HANDED_IN");
	}
}
