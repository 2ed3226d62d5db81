package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.mail.TestSmtp;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.applications.internal.StoredApplications;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.RoundFixture;
import se.fuel.mail.MailDelivery;

/**
 * "Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år": an organisation whose
 * report is overdue or not approved is refused a new submission, naming the grant. Uses Skärholmen and Bromma, which
 * no other test applies for.
 */
@DemoDataTest
class ReportEligibilityIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

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
	GrantReminders reminders;

	@Autowired
	MailDelivery delivery;

	FollowUpFixture fixture;

	RoundFixture round;

	@BeforeEach
	void fixtures() {
		fixture = new FollowUpFixture(mvc, calls, applications, jdbc, transaction, events);
		round = new RoundFixture(mvc, userDetails);
	}

	void submits(String username, String applicationId) throws Exception {
		mvc.perform(post("/api/v1/applications/" + applicationId + "/submit")
			.with(httpBasic(username, FollowUpFixture.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void an_overdue_report_refuses_a_submission_naming_the_grant_until_the_report_is_approved() throws Exception {
		String applicant = fixture.applicant("skarholmen");
		String notYetDueTitle = "Ej förfallen redovisning " + UUID.randomUUID();
		fixture.grant("skarholmen", fixture.call("LUM", 2027), notYetDueTitle, 100_000);
		submits(applicant, fixture.draft(applicant, "Tillåten ansökan " + UUID.randomUUID()));

		String title = "Förfallen redovisning " + UUID.randomUUID();
		UUID overdue = fixture.grant("skarholmen", fixture.call("LUM", 2027), title, 100_000);
		LocalDate due = LocalDate.now(SwedishFormat.ZONE).minusDays(1);
		fixture.reportDueOn(overdue, due);
		String number = fixture.registrationNumber(overdue);
		String expected = "Rapporten för tidigare beviljade medel till \u201D" + title + "\u201D (" + number
				+ ") skulle ha lämnats senast " + SwedishFormat.longDate(due) + " och är inte godkänd: Godkänd "
				+ "rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år.";
		String refused = fixture.draft(applicant, "Stoppad ansökan " + UUID.randomUUID());
		mvc.perform(post("/api/v1/applications/" + refused + "/submit")
			.with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].message", hasItem(expected)))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("report-must-be-approved")));
		mvc.perform(ApplicationPages.project(post("/applications/new")
			.param("callId", fixture.call("LUM", 2027).id().toString()), "Stoppad på sidan " + UUID.randomUUID())
			.with(users.as(applicant)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString(expected)));

		// Handed in straight from "Beviljad" (paid outside Fuel): no longer overdue, but still not approved.
		fixture.reportHandedIn(applicant, overdue);
		mvc.perform(post("/api/v1/applications/" + refused + "/submit")
			.with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].message", hasItem(allOf(containsString(number),
					containsString("är inte godkänd"), not(containsString("senast"))))));

		mvc.perform(post("/api/v1/grants/" + overdue + "/report/approve").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Godkänd.\"}"))
			.andExpect(status().isOk());
		submits(applicant, refused);
	}

	@Test
	void moving_the_clock_past_the_due_date_sends_reminders_logs_them_and_refuses_the_organisation() throws Exception {
		String applicant = fixture.applicant("bromma");
		String title = "Påmind redovisning " + UUID.randomUUID();
		UUID grant = fixture.grant("bromma", fixture.call("LUM", 2027), title, 150_000);
		LocalDate due = LocalDate.now(SwedishFormat.ZONE).minusDays(10);
		fixture.reportDueOn(grant, due);

		reminders.sendDueReminders(due.minusDays(20));
		reminders.sendDueReminders(due.minusDays(14));
		reminders.sendDueReminders(due.minusDays(13));
		reminders.sendDueReminders(due);
		reminders.sendDueReminders(due.plusDays(3));
		reminders.sendDueReminders(due.plusDays(7));

		List<GrantReminderView> log = round.as("handlaggare", () -> reminders.ofGrant(grant));
		assertThat(log).extracting(GrantReminderView::sentOn, GrantReminderView::step)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(due.plusDays(7), "WEEK_AFTER"),
					org.assertj.core.groups.Tuple.tuple(due, "ON_DUE_DATE"),
					org.assertj.core.groups.Tuple.tuple(due.minusDays(14), "BEFORE"));
		assertThat(log).allSatisfy(r -> assertThat(r.recipients()).isEqualTo(1));
		mvc.perform(get("/grants/" + grant).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Påminnelse skickad " + due)));

		String address = applicant + "@test.fuel.example";
		List<String> subjects = jdbc.sql("select subject from mail_outbox where related_id = ? and kind = 'REMINDER'")
			.param(grant).query(String.class).list();
		assertThat(subjects).hasSize(3).allMatch(s -> s.startsWith("Påminnelse om redovisning: ") && s.contains(title));
		for (int round = 0; round < 100 && jdbc.sql("select count(*) from mail_outbox where related_id = ? and "
				+ "status <> 'SENT'").param(grant).query(Integer.class).single() > 0; round++) {
			delivery.deliverPending();
		}
		greenMail.waitForIncomingEmail(10_000, 3);
		List<MimeMessage> arrived = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> MailHeaders.to(m).contains(address))
			.filter(m -> MailHeaders.subject(m).startsWith("Påminnelse"))
			.toList();
		assertThat(arrived).hasSize(3);
		assertThat(arrived).extracting(MailHeaders::subject).allMatch(s -> s.contains(title));
		assertThat(arrived).extracting(MailHeaders::text)
			.anyMatch(b -> b.contains("Vi har ännu inte fått redovisningen"))
			.allMatch(b -> b.contains(due.toString()));

		String refused = fixture.draft(applicant, "Efter påminnelserna " + UUID.randomUUID());
		mvc.perform(post("/api/v1/applications/" + refused + "/submit")
			.with(httpBasic(applicant, FollowUpFixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("\u201D" + title + "\u201D"))));

		// The officer gives the project more time: the new date rules both the reminders and the eligibility rule.
		// Within the grant's period (2027) and ahead of today.
		LocalDate inAMonth = LocalDate.now(SwedishFormat.ZONE).plusDays(30);
		LocalDate later = inAMonth.isAfter(LocalDate.of(2027, 1, 15)) ? inAMonth : LocalDate.of(2027, 1, 15);
		mvc.perform(put("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reportDueDate\":\"" + later + "\",\"reason\":\"Projektet har förlängts.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportDueDate").value(later.toString()));
		submits(applicant, refused);
		reminders.sendDueReminders(later);
		assertThat(round.as("handlaggare", () -> reminders.ofGrant(grant)).get(0))
			.satisfies(r -> {
				assertThat(r.dueDate()).isEqualTo(later);
				assertThat(r.step()).isEqualTo("ON_DUE_DATE");
			});
	}

	/** Reads a received mail's headers, which throw checked exceptions. */
	static final class MailHeaders {

		static String subject(MimeMessage m) {
			try {
				return m.getSubject();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		/** The text as written, decoded from the transfer encoding. */
		static String text(MimeMessage m) {
			try {
				return String.valueOf(m.getContent());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		static String to(MimeMessage m) {
			try {
				return Arrays.toString(m.getAllRecipients());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
