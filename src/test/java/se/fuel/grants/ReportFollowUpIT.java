package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The officer's follow-up beside approving (report due date, coordinator's comment), the report's files and the
 * mails on approval and return, each on a granted project of its own (report not yet due).
 */
@FuelIntegrationTest
class ReportFollowUpIT {

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
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	AuditTrail audit;

	GrantFixtures fixtures;

	String officer;

	@BeforeEach
	void fixtures() {
		fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
	}

	FundCycle.Granted granted(String title) throws Exception {
		return cycle.granted(title + " " + UUID.randomUUID(), 100_000);
	}

	/** Applicants of two other districts. */
	List<String> others() {
		return List.of(data.applicant(data.district()), data.applicant(data.district()));
	}

	@Test
	void an_officer_moves_the_report_due_date_with_a_reason_shown_on_the_grant_and_audited() throws Exception {
		var granted = granted("Ny förfallodag");
		UUID grant = granted.grant().id();
		String moved = (granted.year() + 1) + "-09-30";
		String page = "/grants/" + grant;
		mvc.perform(post(page + "/report-due-date").with(users.as(officer)).with(csrf())
			.param("reportDueDate", "28/2").param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#dueDate-reportDueDate\"")))
			.andExpect(content().string(containsString("href=\"#dueDate-reason\"")))
			.andExpect(content().string(containsString("id=\"dueDate-reportDueDate\"")))
			.andExpect(content().string(containsString("value=\"28/2\"")))
			.andExpect(content().string(containsString("Skäl måste anges")));
		mvc.perform(post(page + "/report-due-date").with(users.as(officer)).with(csrf())
			.param("reportDueDate", moved).param("reason", "Projektet har förlängts till sommaren."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString(moved)))
			.andExpect(content().string(containsString("Ändrat av handläggaren: Projektet har förlängts till sommaren.")));
		assertThat(audit.history("Grant", grant)).extracting(e -> e.action()).contains("report-due-date-changed");
		mvc.perform(get("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(jsonPath("$.reportDueDate").value(moved))
			.andExpect(jsonPath("$.reason").value("Projektet har förlängts till sommaren."));
		List<String> others = others();
		mvc.perform(get("/api/v1/grants/" + grant + "/report-due-date")
			.with(httpBasic(others.get(0), TestData.PASSWORD)))
			.andExpect(status().isNotFound());

		for (String user : List.of(others.get(0), others.get(1), data.reader(), data.council(granted.districtId()))) {
			mvc.perform(put("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic(user, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reportDueDate\":\"2029-01-01\",\"reason\":\"x\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post(page + "/report-due-date").with(users.as(user)).with(csrf())
				.param("reportDueDate", "2029-01-01").param("reason", "x"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(put("/api/v1/grants/" + UUID.randomUUID() + "/report-due-date").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reportDueDate\":\"2029-01-01\",\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reportDueDate\":\"2020-01-01\",\"reason\":\"Fel\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reportDueDate"));
	}

	@Test
	void an_officer_writes_the_coordinators_comment_also_when_no_report_came_in() throws Exception {
		UUID grant = granted("Ingen redovisning").grant().id();
		String page = "/grants/" + grant + "/report";
		String comment = "Trots flera påminnelser har förvaltningen inte redovisat några resultat.";
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("id=\"coordinatorComment\"")));
		mvc.perform(post(page + "/coordinator-comment").with(users.as(officer)).with(csrf())
			.param("coordinatorComment", comment))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/grants/" + grant + "/report").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.coordinatorComment").value(comment));
		mvc.perform(post(page + "/coordinator-comment").with(users.as(officer)).with(csrf())
			.param("coordinatorComment", "x".repeat(10_001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#coordinatorComment\"")));
		mvc.perform(put("/api/v1/grants/" + grant + "/report/coordinator-comment").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Rättad kommentar.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coordinatorComment").value("Rättad kommentar."));
		assertThat(audit.history("GrantReport", grant)).extracting(e -> e.action())
			.contains("coordinator-comment-written");
		for (String user : List.of(others().get(0), data.reader())) {
			mvc.perform(put("/api/v1/grants/" + grant + "/report/coordinator-comment").with(httpBasic(user, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post(page + "/coordinator-comment").with(users.as(user)).with(csrf())
				.param("coordinatorComment", "x"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void the_organisation_attaches_files_to_its_report_and_another_organisation_sees_none_of_them() throws Exception {
		var granted = granted("Bilagor till redovisning");
		String applicant = granted.applicant();
		UUID grant = granted.grant().id();
		String page = "/grants/" + grant + "/report";
		String api = "/api/v1/grants/" + grant + "/report/attachments";

		mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "falsk.pdf", "application/pdf",
				"bara text".getBytes(StandardCharsets.UTF_8))).param("kind", "FINAL_REPORT")
			.with(users.as(applicant)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#file\"")))
			.andExpect(content().string(containsString("måste vara en PDF-, Word- eller Excel-fil")));
		mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "slutrapport.pdf",
				"application/pdf", PDF)).param("kind", "FINAL_REPORT").with(users.as(applicant)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String uploaded = mvc.perform(multipart(api).file(new MockMultipartFile("file", "reserapport.pdf",
				"application/pdf", PDF)).param("kind", "TRAVEL_REPORT").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindLabel").value("Reserapport"))
			.andReturn().getResponse().getContentAsString();
		String travel = JsonPath.read(uploaded, "$.id");
		String list = mvc.perform(get(api).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		String finalReport = JsonPath.<List<String>>read(list, "$[?(@.kind == 'FINAL_REPORT')].id").get(0);
		mvc.perform(get(page).with(users.as(applicant)))
			.andExpect(content().string(containsString("slutrapport.pdf")))
			.andExpect(content().string(containsString("Slutrapport")));
		mvc.perform(get(page + "/attachments/" + finalReport).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get(api + "/" + travel).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));

		for (String other : others()) {
			mvc.perform(get(page).with(users.as(other))).andExpect(status().isNotFound());
			mvc.perform(get(page + "/attachments/" + finalReport).with(users.as(other))).andExpect(status().isNotFound());
			mvc.perform(get(api).with(httpBasic(other, TestData.PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(get(api + "/" + travel).with(httpBasic(other, TestData.PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(delete(api + "/" + travel).with(httpBasic(other, TestData.PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(multipart(api).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
				.param("kind", "OTHER").with(httpBasic(other, TestData.PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(post(page + "/attachments/" + finalReport + "/delete").with(users.as(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get(api).with(httpBasic(data.reader(), TestData.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
			.param("kind", "OTHER").with(httpBasic(officer, TestData.PASSWORD))).andExpect(status().isForbidden());

		mvc.perform(delete(api + "/" + travel).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isNoContent());
		assertThat(audit.history("GrantReport", grant)).extracting(e -> e.action())
			.contains("attachment-added", "attachment-removed");
		fixtures.reportHandedIn(applicant, grant);
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "sen.pdf", "application/pdf", PDF))
			.param("kind", "OTHER").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get(page).with(users.as(applicant)))
			.andExpect(content().string(containsString("slutrapport.pdf")))
			.andExpect(content().string(not(containsString("Ladda upp en bilaga"))));
		// A rule about the whole report links to its status, which is on the page.
		mvc.perform(post(page).with(users.as(applicant)).with(csrf()).param("whatWasDone", "Ändrat i efterhand"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#report-status\"")))
			.andExpect(content().string(containsString("id=\"report-status\"")));
	}

	@Test
	void returning_and_approving_a_report_mails_the_organisations_applicants() throws Exception {
		String title = "Redovisning med post " + UUID.randomUUID();
		var granted = cycle.granted(title, 100_000);
		String applicant = granted.applicant();
		String colleague = data.applicant(granted.districtId());
		UUID grant = granted.grant().id();
		String api = "/api/v1/grants/" + grant + "/report";
		fixtures.reportHandedIn(applicant, grant);
		mvc.perform(post(api + "/return").with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"Redovisa utfallen per kön.\"}"))
			.andExpect(status().isOk());
		mvc.perform(post(api + "/submit").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post(api + "/approve").with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"Ett väl genomfört projekt.\",\"overrideReason\":\"Testets projektår har inte börjat.\"}"))
			.andExpect(status().isOk());

		// What the outbox holds is what goes out: sending it over SMTP is the mail module's (MailDeliveryIT).
		String number = granted.grant().registrationNumber();
		for (String kind : List.of("REPORT_RETURNED", "REPORT_APPROVED")) {
			assertThat(fixtures.outbox(grant, kind, row -> row.get("recipient_address")))
				.containsExactlyInAnyOrder(fixtures.email(applicant), fixtures.email(colleague));
		}
		assertThat(fixtures.outbox(grant, "REPORT_RETURNED", row -> row.get("subject")))
			.containsOnly("Komplettera redovisningen: " + number + " \"" + title + "\"");
		assertThat(fixtures.outbox(grant, "REPORT_APPROVED", row -> row.get("subject")))
			.containsOnly("Redovisning godkänd: " + number + " \"" + title + "\"");
		assertThat(fixtures.outbox(grant, "REPORT_RETURNED", row -> (String) row.get("body")))
			.allMatch(b -> b.contains("tillbaka för komplettering") && b.contains("Redovisa utfallen per kön."));
		assertThat(fixtures.outbox(grant, "REPORT_APPROVED", row -> (String) row.get("body")))
			.allMatch(b -> b.contains("Samordnarens kommentar:") && b.contains("Ett väl genomfört projekt."));
	}
}
