package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.testdata.TestData;

/**
 * Reminders about reports and repayment notices on the grants of a round of our own (report due the next 28
 * February, repayment notice due 2 June of the year), sent by moving the clock: calling the daily run with chosen days.
 */
@FuelIntegrationTest
class GrantReminderIT {

	static GrantFixtures.Applicant first;

	static GrantFixtures.Applicant second;

	static GrantView reporting;

	static GrantView repaying;

	static GrantView secondsGrant;

	static int year;

	static LocalDate due;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	GrantMoney money;

	@Autowired
	GrantReminders reminders;

	@Autowired
	AuditTrail audit;

	GrantFixtures fixtures;

	String officer;

	@BeforeEach
	void decided() throws Exception {
		fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
		if (reporting != null) {
			return;
		}
		first = fixtures.applicant();
		second = fixtures.applicant();
		var round = fixtures.decided("§ 7", new GrantFixtures.Proposal(first, "Påminnelse A", 300_000),
				new GrantFixtures.Proposal(first, "Påminnelse B", 200_000),
				new GrantFixtures.Proposal(second, "Andra påminnelsen", 100_000));
		year = round.year();
		due = LocalDate.of(year + 1, 2, 28);
		reporting = round.grant(0);
		repaying = round.grant(1);
		secondsGrant = round.grant(2);
	}

	List<GrantReminderView> logOf(GrantView grant) {
		return data.as(officer, () -> reminders.ofGrant(grant.id()));
	}

	/** The reminder mails about the grant in the outbox: subject and body. */
	List<Map<String, Object>> outboxFor(GrantView grant) {
		return fixtures.outbox(grant.id(), "REMINDER", row -> row);
	}

	@Test
	void reminds_the_organisation_before_on_and_weekly_after_the_report_due_date_and_logs_it_on_the_grant()
			throws Exception {
		reminders.sendDueReminders(due.minusDays(15));
		assertThat(logOf(reporting)).isEmpty();

		reminders.sendDueReminders(due.minusDays(14));
		assertThat(logOf(reporting)).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo("REPORT");
			assertThat(r.step()).isEqualTo("BEFORE");
			assertThat(r.sentOn()).isEqualTo(due.minusDays(14));
			assertThat(r.recipients()).isPositive();
		});
		List<Map<String, Object>> mails = outboxFor(reporting);
		assertThat(mails).isNotEmpty();
		assertThat((String) mails.get(0).get("subject")).contains("Påminnelse om redovisning")
			.contains(reporting.title());
		assertThat((String) mails.get(0).get("body")).contains(due.toString()).contains(reporting.title());
		int mailsAfterFirst = mails.size();

		reminders.sendDueReminders(due.minusDays(14));
		assertThat(logOf(reporting)).hasSize(1);
		assertThat(outboxFor(reporting)).hasSize(mailsAfterFirst);

		reminders.sendDueReminders(due);
		reminders.sendDueReminders(due.plusDays(3));
		reminders.sendDueReminders(due.plusDays(7));
		assertThat(logOf(reporting)).extracting(GrantReminderView::step)
			.containsExactly("WEEK_AFTER", "ON_DUE_DATE", "BEFORE");
		assertThat(outboxFor(reporting)).hasSize(mailsAfterFirst * 3);
		assertThat(audit.history("Grant", reporting.id())).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("reminder-sent");
			assertThat(e.after()).contains("WEEK_AFTER");
		});

		mvc.perform(get("/grants/" + reporting.id()).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Påminnelse skickad " + due.plusDays(7) + " (redovisning, vecka efter)")))
			.andExpect(content().string(containsString("Påminnelse skickad " + due + " (redovisning, på förfallodagen)")));
		mvc.perform(get("/api/v1/grants/" + reporting.id() + "/reminders").with(httpBasic(first.username(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].step").value("WEEK_AFTER"))
			.andExpect(jsonPath("$[0].stepLabel").value("vecka efter"));

		data.run(officer, () -> money.recordPayment(reporting.id(), new PaymentInput(LocalDate.of(year, 1, 31), 100_000L)));
		data.run(officer, () -> money.reportSubmitted(reporting.id()));
		reminders.sendDueReminders(due.plusDays(14));
		assertThat(logOf(reporting)).hasSize(3);
		assertThat(outboxFor(reporting)).hasSize(mailsAfterFirst * 3);
	}

	@Test
	void reminds_of_a_notified_repayment_until_it_is_received() throws Exception {
		LocalDate noticeDate = LocalDate.of(year, 6, 2);
		data.run(officer, () -> money.recordPayment(repaying.id(), new PaymentInput(LocalDate.of(year, 1, 31), 200_000L)));
		data.run(first.username(), () -> money.notifyRepayment(repaying.id(), new RepaymentNoticeInput(40_000L, "Outnyttjat")));
		reminders.sendDueReminders(noticeDate);
		assertThat(logOf(repaying)).anySatisfy(r -> {
			assertThat(r.kind()).isEqualTo("REPAYMENT");
			assertThat(r.step()).isEqualTo("ON_DUE_DATE");
		});
		assertThat(outboxFor(repaying)).anySatisfy(
				m -> assertThat((String) m.get("subject")).contains("Påminnelse om återbetalning"));
		data.run(officer, () -> money.recordRepayment(repaying.id(), new PaymentInput(noticeDate, 40_000L)));
		reminders.sendDueReminders(noticeDate.plusDays(7));
		assertThat(logOf(repaying)).filteredOn(r -> r.kind().equals("REPAYMENT")).hasSize(1);
	}

	@Test
	void another_organisation_does_not_see_the_reminders_and_a_reader_is_refused() throws Exception {
		mvc.perform(get("/api/v1/grants/" + secondsGrant.id() + "/reminders").with(httpBasic(first.username(), TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grants/" + reporting.id() + "/reminders").with(httpBasic(second.username(), TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/grants/" + reporting.id()).with(users.as(second.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grants/" + reporting.id() + "/reminders").with(httpBasic(data.reader(), TestData.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/grants/" + reporting.id() + "/reminders").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk());
	}
}
