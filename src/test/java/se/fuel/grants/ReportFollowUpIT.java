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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.mail.TestSmtp;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.applications.internal.StoredApplications;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.Calls;
import se.fuel.mail.MailDelivery;

/**
 * The officer's follow-up beside approving (report due date, coordinator's comment), the report's files and the
 * mails on approval and return, on 2027 grants (not yet due) of organisations of their own.
 */
@DemoDataTest
class ReportFollowUpIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

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
	Calls calls;

	@Autowired
	StoredApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail audit;

	@Autowired
	MailDelivery delivery;

	FollowUpFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new FollowUpFixture(mvc, calls, applications, jdbc, transaction, events);
	}

	UUID grant(String organisation, String title) {
		return fixture.grant(organisation, fixture.call("LUM", 2027), title, 100_000);
	}

	@Test
	void an_officer_moves_the_report_due_date_with_a_reason_shown_on_the_grant_and_audited() throws Exception {
		UUID grant = grant("kungsholmen", "Ny förfallodag " + UUID.randomUUID());
		String page = "/grants/" + grant;
		mvc.perform(post(page + "/report-due-date").with(users.as("handlaggare")).with(csrf())
			.param("reportDueDate", "28/2").param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#dueDate-reportDueDate\"")))
			.andExpect(content().string(containsString("href=\"#dueDate-reason\"")))
			.andExpect(content().string(containsString("id=\"dueDate-reportDueDate\"")))
			.andExpect(content().string(containsString("value=\"28/2\"")))
			.andExpect(content().string(containsString("Skäl måste anges")));
		mvc.perform(post(page + "/report-due-date").with(users.as("handlaggare")).with(csrf())
			.param("reportDueDate", "2028-09-30").param("reason", "Projektet har förlängts till sommaren."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("2028-09-30")))
			.andExpect(content().string(containsString("Ändrat av handläggaren: Projektet har förlängts till sommaren.")));
		assertThat(audit.history("Grant", grant)).extracting(e -> e.action()).contains("report-due-date-changed");
		mvc.perform(get("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$.reportDueDate").value("2028-09-30"))
			.andExpect(jsonPath("$.reason").value("Projektet har förlängts till sommaren."));
		mvc.perform(get("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic("farsta", "demo")))
			.andExpect(status().isNotFound());

		for (String user : new String[] { "farsta", "sodermalm", "lasare", "radsledamot" }) {
			mvc.perform(put("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reportDueDate\":\"2029-01-01\",\"reason\":\"x\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post(page + "/report-due-date").with(users.as(user)).with(csrf())
				.param("reportDueDate", "2029-01-01").param("reason", "x"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(put("/api/v1/grants/" + UUID.randomUUID() + "/report-due-date").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reportDueDate\":\"2029-01-01\",\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reportDueDate\":\"2020-01-01\",\"reason\":\"Fel\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reportDueDate"));
	}

	@Test
	void an_officer_writes_the_coordinators_comment_also_when_no_report_came_in() throws Exception {
		UUID grant = grant("hagersten-alvsjo", "Ingen redovisning " + UUID.randomUUID());
		String page = "/grants/" + grant + "/report";
		String comment = "Trots flera påminnelser har förvaltningen inte redovisat några resultat.";
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("id=\"coordinatorComment\"")));
		mvc.perform(post(page + "/coordinator-comment").with(users.as("handlaggare")).with(csrf())
			.param("coordinatorComment", comment))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/grants/" + grant + "/report").with(httpBasic("handlaggare", "demo")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.coordinatorComment").value(comment));
		mvc.perform(post(page + "/coordinator-comment").with(users.as("handlaggare")).with(csrf())
			.param("coordinatorComment", "x".repeat(10_001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#coordinatorComment\"")));
		mvc.perform(put("/api/v1/grants/" + grant + "/report/coordinator-comment").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Rättad kommentar.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coordinatorComment").value("Rättad kommentar."));
		assertThat(audit.history("GrantReport", grant)).extracting(e -> e.action())
			.contains("coordinator-comment-written");
		for (String user : new String[] { "farsta", "lasare" }) {
			mvc.perform(put("/api/v1/grants/" + grant + "/report/coordinator-comment").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post(page + "/coordinator-comment").with(users.as(user)).with(csrf())
				.param("coordinatorComment", "x"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void the_organisation_attaches_files_to_its_report_and_another_organisation_sees_none_of_them() throws Exception {
		String applicant = fixture.applicant("skarpnack");
		UUID grant = grant("skarpnack", "Bilagor till redovisning " + UUID.randomUUID());
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
				"application/pdf", PDF)).param("kind", "TRAVEL_REPORT").with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindLabel").value("Reserapport"))
			.andReturn().getResponse().getContentAsString();
		String travel = JsonPath.read(uploaded, "$.id");
		String list = mvc.perform(get(api).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		String finalReport = JsonPath.<List<String>>read(list, "$[?(@.kind == 'FINAL_REPORT')].id").get(0);
		mvc.perform(get(page).with(users.as(applicant)))
			.andExpect(content().string(containsString("slutrapport.pdf")))
			.andExpect(content().string(containsString("Slutrapport")));
		mvc.perform(get(page + "/attachments/" + finalReport).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get(api + "/" + travel).with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));

		for (String other : new String[] { "farsta", "sodermalm" }) {
			mvc.perform(get(page).with(users.as(other))).andExpect(status().isNotFound());
			mvc.perform(get(page + "/attachments/" + finalReport).with(users.as(other))).andExpect(status().isNotFound());
			mvc.perform(get(api).with(httpBasic(other, "demo"))).andExpect(status().isNotFound());
			mvc.perform(get(api + "/" + travel).with(httpBasic(other, "demo"))).andExpect(status().isNotFound());
			mvc.perform(delete(api + "/" + travel).with(httpBasic(other, "demo"))).andExpect(status().isNotFound());
			mvc.perform(multipart(api).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
				.param("kind", "OTHER").with(httpBasic(other, "demo"))).andExpect(status().isNotFound());
			mvc.perform(post(page + "/attachments/" + finalReport + "/delete").with(users.as(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get(api).with(httpBasic("lasare", "demo"))).andExpect(status().isForbidden());
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
			.param("kind", "OTHER").with(httpBasic("handlaggare", "demo"))).andExpect(status().isForbidden());

		mvc.perform(delete(api + "/" + travel).with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isNoContent());
		assertThat(audit.history("GrantReport", grant)).extracting(e -> e.action())
			.contains("attachment-added", "attachment-removed");
		fixture.reportHandedIn(applicant, grant);
		mvc.perform(multipart(api).file(new MockMultipartFile("file", "sen.pdf", "application/pdf", PDF))
			.param("kind", "OTHER").with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
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
		String applicant = fixture.applicant("hasselby-vallingby");
		String title = "Redovisning med post " + UUID.randomUUID();
		UUID grant = grant("hasselby-vallingby", title);
		String api = "/api/v1/grants/" + grant + "/report";
		fixture.reportHandedIn(applicant, grant);
		mvc.perform(post(api + "/return").with(httpBasic("handlaggare", "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"Redovisa utfallen per kön.\"}"))
			.andExpect(status().isOk());
		mvc.perform(post(api + "/submit").with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post(api + "/approve").with(httpBasic("handlaggare", "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"Ett väl genomfört projekt.\"}"))
			.andExpect(status().isOk());

		for (int round = 0; round < 100 && jdbc.sql("select count(*) from mail_outbox where related_id = ? and "
				+ "status <> 'SENT'").param(grant).query(Integer.class).single() > 0; round++) {
			delivery.deliverPending();
		}
		greenMail.waitForIncomingEmail(10_000, 2);
		String address = applicant + "@test.fuel.example";
		List<MimeMessage> arrived = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> ReportEligibilityIT.MailHeaders.to(m).contains(address))
			.filter(m -> ReportEligibilityIT.MailHeaders.subject(m).contains("edovisning"))
			.toList();
		assertThat(arrived).extracting(ReportEligibilityIT.MailHeaders::subject)
			.containsExactlyInAnyOrder("Komplettera redovisningen: " + fixture.registrationNumber(grant) + " \"" + title + "\"",
					"Redovisning godkänd: " + fixture.registrationNumber(grant) + " \"" + title + "\"");
		assertThat(arrived).extracting(ReportEligibilityIT.MailHeaders::text)
			.anyMatch(b -> b.contains("tillbaka för komplettering") && b.contains("Redovisa utfallen per kön."))
			.anyMatch(b -> b.contains("Samordnarens kommentar:") && b.contains("Ett väl genomfört projekt."));
		assertThat(jdbc.sql("select kind from mail_outbox where related_id = ?").param(grant).query(String.class).list())
			.containsExactlyInAnyOrder("REPORT_RETURNED", "REPORT_APPROVED");
	}
}
