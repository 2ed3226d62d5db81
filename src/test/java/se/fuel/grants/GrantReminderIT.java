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
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.decisions.RoundFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reminders about reports and repayment notices on the grants of a round of our own (2083, report due 2084-02-28,
 * repayment notice due 2083-06-02), sent by moving the clock: calling the daily run with chosen days.
 */
@DemoDataTest
class GrantReminderIT {

	static final int YEAR = 2083;

	static final LocalDate DUE = LocalDate.of(YEAR + 1, 2, 28);

	static GrantView farsta;

	static GrantView farstaRepaying;

	static GrantView sodermalm;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Grants grants;

	@Autowired
	GrantMoney money;

	@Autowired
	GrantReminders reminders;

	@Autowired
	AuditTrail audit;

	@Autowired
	ObjectMapper json;

	RoundFixture round;

	@BeforeEach
	void decided() throws Exception {
		round = new RoundFixture(mvc, userDetails);
		if (farsta != null) {
			return;
		}
		UUID call = round.lumCall(YEAR, 1_000_000, 3);
		UUID a = round.submitted("farsta", call, YEAR, "Farsta påminnelse A " + YEAR, 300_000);
		UUID b = round.submitted("farsta", call, YEAR, "Farsta påminnelse B " + YEAR, 200_000);
		UUID s = round.submitted("sodermalm", call, YEAR, "Södermalm påminnelse " + YEAR, 100_000);
		round.grant(a);
		round.grant(b);
		round.grant(s);
		UUID documentId = new DecidedRoundFixture(context).decide(YEAR, "§ 7");
		List<GrantView> decided = round.as("handlaggare", () -> grants.ofYear(YEAR));
		farsta = decided.stream().filter(g -> g.applicationId().equals(a)).findFirst().orElseThrow();
		farstaRepaying = decided.stream().filter(g -> g.applicationId().equals(b)).findFirst().orElseThrow();
		sodermalm = decided.stream().filter(g -> g.applicationId().equals(s)).findFirst().orElseThrow();
	}

	List<GrantReminderView> logOf(GrantView grant) {
		return round.as("handlaggare", () -> reminders.ofGrant(grant.id()));
	}

	List<JsonNode> outboxFor(GrantView grant) throws Exception {
		String body = mvc.perform(get("/api/v1/mail/outbox").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<JsonNode> mine = new java.util.ArrayList<>();
		for (JsonNode n : json.readTree(body)) {
			if (grant.id().toString().equals(n.path("relatedId").asString()) && "REMINDER".equals(n.path("kind").asString())) {
				mine.add(n);
			}
		}
		return mine;
	}

	@Test
	void reminds_the_organisation_before_on_and_weekly_after_the_report_due_date_and_logs_it_on_the_grant()
			throws Exception {
		reminders.sendDueReminders(DUE.minusDays(15));
		assertThat(logOf(farsta)).isEmpty();

		reminders.sendDueReminders(DUE.minusDays(14));
		assertThat(logOf(farsta)).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo("REPORT");
			assertThat(r.step()).isEqualTo("BEFORE");
			assertThat(r.sentOn()).isEqualTo(DUE.minusDays(14));
			assertThat(r.recipients()).isPositive();
		});
		List<JsonNode> mails = outboxFor(farsta);
		assertThat(mails).isNotEmpty();
		assertThat(mails.get(0).path("subject").asString()).contains("Påminnelse om redovisning")
			.contains(farsta.title());
		assertThat(mails.get(0).path("body").asString()).contains(DUE.toString()).contains(farsta.title());
		int mailsAfterFirst = mails.size();

		reminders.sendDueReminders(DUE.minusDays(14));
		assertThat(logOf(farsta)).hasSize(1);
		assertThat(outboxFor(farsta)).hasSize(mailsAfterFirst);

		reminders.sendDueReminders(DUE);
		reminders.sendDueReminders(DUE.plusDays(3));
		reminders.sendDueReminders(DUE.plusDays(7));
		assertThat(logOf(farsta)).extracting(GrantReminderView::step)
			.containsExactly("WEEK_AFTER", "ON_DUE_DATE", "BEFORE");
		assertThat(outboxFor(farsta)).hasSize(mailsAfterFirst * 3);
		assertThat(audit.history("Grant", farsta.id())).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("reminder-sent");
			assertThat(e.after()).contains("WEEK_AFTER");
		});

		mvc.perform(get("/grants/" + farsta.id()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Påminnelse skickad " + DUE.plusDays(7) + " (redovisning, vecka efter)")))
			.andExpect(content().string(containsString("Påminnelse skickad " + DUE + " (redovisning, på förfallodagen)")));
		mvc.perform(get("/api/v1/grants/" + farsta.id() + "/reminders").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].step").value("WEEK_AFTER"))
			.andExpect(jsonPath("$[0].stepLabel").value("vecka efter"));

		round.run("handlaggare", () -> money.recordPayment(farsta.id(), new PaymentInput(LocalDate.of(YEAR, 1, 31), 100_000L)));
		round.run("handlaggare", () -> money.reportSubmitted(farsta.id()));
		reminders.sendDueReminders(DUE.plusDays(14));
		assertThat(logOf(farsta)).hasSize(3);
		assertThat(outboxFor(farsta)).hasSize(mailsAfterFirst * 3);
	}

	@Test
	void reminds_of_a_notified_repayment_until_it_is_received() throws Exception {
		LocalDate noticeDate = LocalDate.of(YEAR, 6, 2);
		round.run("handlaggare", () -> money.recordPayment(farstaRepaying.id(), new PaymentInput(LocalDate.of(YEAR, 1, 31), 200_000L)));
		round.run("farsta", () -> money.notifyRepayment(farstaRepaying.id(), new RepaymentNoticeInput(40_000L, "Outnyttjat")));
		reminders.sendDueReminders(noticeDate);
		assertThat(logOf(farstaRepaying)).anySatisfy(r -> {
			assertThat(r.kind()).isEqualTo("REPAYMENT");
			assertThat(r.step()).isEqualTo("ON_DUE_DATE");
		});
		assertThat(outboxFor(farstaRepaying)).anySatisfy(
				m -> assertThat(m.path("subject").asString()).contains("Påminnelse om återbetalning"));
		round.run("handlaggare", () -> money.recordRepayment(farstaRepaying.id(), new PaymentInput(noticeDate, 40_000L)));
		reminders.sendDueReminders(noticeDate.plusDays(7));
		assertThat(logOf(farstaRepaying)).filteredOn(r -> r.kind().equals("REPAYMENT")).hasSize(1);
	}

	@Test
	void another_organisation_does_not_see_the_reminders_and_a_reader_is_refused() throws Exception {
		mvc.perform(get("/api/v1/grants/" + sodermalm.id() + "/reminders").with(httpBasic("farsta", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grants/" + farsta.id() + "/reminders").with(httpBasic("sodermalm", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/grants/" + farsta.id()).with(users.as("sodermalm")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grants/" + farsta.id() + "/reminders").with(httpBasic("lasare", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/grants/" + farsta.id() + "/reminders").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk());
	}
}
