package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.common.SwedishFormat;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * "Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år": an organisation whose
 * report is overdue or not approved is refused a new submission, naming the grant. Each test's district is its own,
 * so the report it leaves overdue shuts out nobody else.
 */
@FuelIntegrationTest
class ReportEligibilityIT {

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
	GrantReminders reminders;

	GrantFixtures fixtures;

	String officer;

	/** A later year's call, open today, which the district applies to after its grant. */
	int nextYear;

	UUID nextCall;

	@BeforeEach
	void fixtures() throws Exception {
		fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
	}

	void openNextCall() throws Exception {
		nextYear = cycle.year();
		nextCall = cycle.call(nextYear);
	}

	UUID draft(String applicant, String title) throws Exception {
		return cycle.draft(applicant, nextCall, nextYear, title + " " + UUID.randomUUID(), 100_000);
	}

	void submits(String applicant, UUID applicationId) throws Exception {
		cycle.submit(applicant, applicationId);
	}

	@Test
	void an_overdue_report_refuses_a_submission_naming_the_grant_until_the_report_is_approved() throws Exception {
		var district = fixtures.applicant();
		String applicant = district.username();
		String title = "Förfallen redovisning " + UUID.randomUUID();
		var round = fixtures.decided("§ 1",
				new GrantFixtures.Proposal(district, "Ej förfallen redovisning " + UUID.randomUUID(), 100_000),
				new GrantFixtures.Proposal(district, title, 100_000));
		openNextCall();
		// A report not yet due stands in the way of nothing.
		submits(applicant, draft(applicant, "Tillåten ansökan"));

		GrantView overdue = round.grant(1);
		LocalDate due = LocalDate.now(SwedishFormat.ZONE).minusDays(1);
		fixtures.reportDueOn(overdue.id(), due);
		String number = overdue.registrationNumber();
		String expected = "Rapporten för tidigare beviljade medel till \u201D" + title + "\u201D (" + number
				+ ") skulle ha lämnats senast " + SwedishFormat.longDate(due) + " och är inte godkänd: Godkänd "
				+ "rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år.";
		UUID refused = draft(applicant, "Stoppad ansökan");
		mvc.perform(post("/api/v1/applications/" + refused + "/submit").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].message", hasItem(expected)))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("report-must-be-approved")));
		mvc.perform(GrantFixtures.applicationPage(post("/applications/new").param("callId", nextCall.toString()),
				nextYear, "Stoppad på sidan " + UUID.randomUUID())
			.with(users.as(applicant)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString(expected)));

		// Handed in straight from "Beviljad" (paid outside Fuel): no longer overdue, but still not approved.
		fixtures.reportHandedIn(applicant, overdue.id());
		mvc.perform(post("/api/v1/applications/" + refused + "/submit").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].message", hasItem(allOf(containsString(number),
					containsString("är inte godkänd"), not(containsString("senast"))))));

		mvc.perform(post("/api/v1/grants/" + overdue.id() + "/report/approve").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"Godkänd.\",\"overrideReason\":\"Testets projektår har inte börjat.\"}"))
			.andExpect(status().isOk());
		submits(applicant, refused);
	}

	@Test
	void moving_the_clock_past_the_due_date_sends_reminders_logs_them_and_refuses_the_organisation() throws Exception {
		var granted = cycle.granted("Påmind redovisning " + UUID.randomUUID(), 150_000);
		String applicant = granted.applicant();
		String title = granted.grant().title();
		UUID grant = granted.grant().id();
		LocalDate today = LocalDate.now(SwedishFormat.ZONE);
		LocalDate due = today.minusDays(10);
		fixtures.reportDueOn(grant, due);

		reminders.sendDueReminders(due.minusDays(20));
		reminders.sendDueReminders(due.minusDays(14));
		reminders.sendDueReminders(due.minusDays(13));
		reminders.sendDueReminders(due);
		reminders.sendDueReminders(due.plusDays(3));
		reminders.sendDueReminders(due.plusDays(7));

		List<GrantReminderView> log = data.as(officer, () -> reminders.ofGrant(grant));
		assertThat(log).extracting(GrantReminderView::sentOn, GrantReminderView::step)
			.containsExactly(tuple(due.plusDays(7), "WEEK_AFTER"), tuple(due, "ON_DUE_DATE"),
					tuple(due.minusDays(14), "BEFORE"));
		assertThat(log).allSatisfy(r -> assertThat(r.recipients()).isEqualTo(1));
		mvc.perform(get("/grants/" + grant).with(users.as(officer)))
			.andExpect(content().string(containsString("Påminnelse skickad " + due)));

		// What the outbox holds is what goes out: sending it over SMTP is the mail module's (MailDeliveryIT).
		assertThat(fixtures.outbox(grant, "REMINDER", row -> row.get("recipient_address")))
			.containsOnly(fixtures.email(applicant));
		assertThat(fixtures.outbox(grant, "REMINDER", row -> (String) row.get("subject"))).hasSize(3)
			.allMatch(s -> s.startsWith("Påminnelse om redovisning: ") && s.contains(title));
		assertThat(fixtures.outbox(grant, "REMINDER", row -> (String) row.get("body")))
			.anyMatch(b -> b.contains("Vi har ännu inte fått redovisningen"))
			.allMatch(b -> b.contains(due.toString()));

		openNextCall();
		UUID refused = draft(applicant, "Efter påminnelserna");
		mvc.perform(post("/api/v1/applications/" + refused + "/submit").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("\u201D" + title + "\u201D"))));

		// The officer gives the project more time: the new date rules both the reminders and the eligibility rule.
		// Within the grant's period and ahead of today.
		LocalDate inAMonth = today.plusDays(30);
		LocalDate inThePeriod = granted.grant().periodStart().plusDays(14);
		LocalDate later = inAMonth.isAfter(inThePeriod) ? inAMonth : inThePeriod;
		mvc.perform(put("/api/v1/grants/" + grant + "/report-due-date").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reportDueDate\":\"" + later + "\",\"reason\":\"Projektet har förlängts.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportDueDate").value(later.toString()));
		submits(applicant, refused);
		reminders.sendDueReminders(later);
		assertThat(data.as(officer, () -> reminders.ofGrant(grant)).get(0)).satisfies(r -> {
			assertThat(r.dueDate()).isEqualTo(later);
			assertThat(r.step()).isEqualTo("ON_DUE_DATE");
		});
	}
}
