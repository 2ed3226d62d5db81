package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.common.SwedishFormat;
import se.fuel.testdata.TestData;

/**
 * Payments, repayment notices and repayments on the grants of a round of our own, decided through the decisions
 * module's facades: one district gets two grants, another one.
 */
@FuelIntegrationTest
class GrantMoneyIT {

	/** The round is decided once for the class: the database lives as long as the shared context. */
	static GrantFixtures.Round round;

	static GrantFixtures.Applicant first;

	static GrantFixtures.Applicant second;

	static GrantView firstA;

	static GrantView firstB;

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
	GrantMoney money;

	@Autowired
	Grants grants;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	GrantFixtures fixtures;

	String officer;

	@BeforeEach
	void decided() throws Exception {
		fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
		if (round != null) {
			return;
		}
		first = fixtures.applicant();
		second = fixtures.applicant();
		round = fixtures.decided("§ 5", new GrantFixtures.Proposal(first, "Pengar A", 300_000),
				new GrantFixtures.Proposal(first, "Pengar B", 200_000),
				new GrantFixtures.Proposal(second, "Andra pengar", 100_000));
		year = round.year();
		firstA = round.grant(0);
		firstB = round.grant(1);
		secondsGrant = round.grant(2);
	}

	GrantFinances finances(GrantView grant) {
		return data.as(officer, () -> money.finances(grant.id()));
	}

	GrantStatus statusOf(GrantView grant) {
		return data.as(officer, () -> grants.find(grant.id()).orElseThrow().status());
	}

	/** Everyone but the officers: the granted organisation, another one, the council and a reader. */
	List<String> notOfficers() {
		return List.of(first.username(), second.username(), data.council(first.organisationId()), data.reader());
	}

	@Test
	void the_first_payment_makes_the_grant_paid_and_the_page_shows_the_total_paid() throws Exception {
		String page = "/grants/" + firstA.id();
		mvc.perform(post(page + "/payments").param("paidOn", year + "-01-31").param("amount", "100 000")
			.with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		assertThat(statusOf(firstA)).isEqualTo(GrantStatus.PAID);
		mvc.perform(post("/api/v1/grants/" + firstA.id() + "/payments").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + year + "-03-31\",\"amount\":50000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paid").value(150_000));
		assertThat(statusOf(firstA)).isEqualTo(GrantStatus.PAID);
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Registrera utbetalning")))
			.andExpect(content().string(containsString("id=\"money-paid\">150\u00a0000\u00a0kronor")))
			.andExpect(content().string(containsString("utbetalning registrerad")));
		var history = audit.history("Grant", firstA.id());
		assertThat(history).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("payment-recorded");
			assertThat(e.before()).contains("GRANTED");
			assertThat(e.after()).contains("PAID").contains("100000");
		});
	}

	@Test
	void a_payment_above_what_is_left_of_the_grant_is_refused_in_swedish_naming_the_field() throws Exception {
		long left = finances(firstA).leftToPay();
		String message = "Belopp får inte vara mer än det som återstår att betala ut: " + SwedishFormat.kronor(left)
				+ ".";
		mvc.perform(post("/grants/" + firstA.id() + "/payments").param("paidOn", year + "-02-01")
			.param("amount", Long.toString(left + 1)).with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#payment-amount\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"" + (left + 1) + "\"")));
		mvc.perform(post("/api/v1/grants/" + firstA.id() + "/payments").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + year + "-02-01\",\"amount\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("amount"))
			.andExpect(jsonPath("$.violations[0].message").value("Belopp måste vara större än 0 kronor."));
		assertThat(finances(firstA).leftToPay()).isEqualTo(left);
	}

	@Test
	void only_officers_record_payments_and_repayments_and_read_the_payment_instructions() throws Exception {
		for (String user : notOfficers()) {
			mvc.perform(post("/grants/" + firstA.id() + "/payments").param("paidOn", year + "-01-31")
				.param("amount", "1").with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/grants/" + firstA.id() + "/repayments").with(httpBasic(user, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + year + "-01-31\",\"amount\":1}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/grants/" + firstA.id() + "/status").param("action", "in-progress")
				.with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/grants/payments.csv").param("year", "" + year).with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/grants/payments.csv").param("year", "" + year).with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/grants/" + UUID.randomUUID() + "/payments").param("paidOn", year + "-01-31")
			.param("amount", "1").with(users.as(officer)).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void the_payment_instructions_list_each_grant_of_the_year_with_what_is_left_to_pay() throws Exception {
		mvc.perform(post("/api/v1/grants/" + secondsGrant.id() + "/payments").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + year + "-01-31\",\"amount\":40000}"))
			.andExpect(status().isOk());
		var org = fixtures.organisation(second.organisationId());
		String code = fixtures.organisation(first.organisationId()).get("code");
		String reg = secondsGrant.registrationNumber();
		for (var request : List.of(get("/grants/payments.csv").with(users.as(officer)),
				get("/api/v1/grants/payments.csv").with(httpBasic(officer, TestData.PASSWORD)))) {
			var response = mvc.perform(request.param("year", "" + year))
				.andExpect(status().isOk())
				.andReturn().getResponse();
			assertThat(response.getContentType()).startsWith("text/csv");
			byte[] bytes = response.getContentAsByteArray();
			assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
			assertThat(lines.get(0)).isEqualTo(
					"Diarienummer;Organisation;Organisationskod;Beviljat belopp;Redan utbetalt;Att betala;Referens");
			assertThat(lines).hasSize(4)
				.contains(reg + ";" + org.get("name") + ";" + org.get("code") + ";100000;40000;60000;" + reg)
				.anyMatch(l -> l.startsWith(firstB.registrationNumber() + ";")
						&& l.contains(";" + code + ";200000;0;200000;"));
		}
		mvc.perform(post("/grants/" + secondsGrant.id() + "/status").param("action", "in-progress")
			.with(users.as(officer)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(secondsGrant)).isEqualTo(GrantStatus.IN_PROGRESS);
		mvc.perform(post("/grants/" + secondsGrant.id() + "/status").param("action", "close")
			.with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Status kan inte ändras från pågår till avslutad.")));
	}

	@Test
	void the_money_page_lists_the_decision_and_its_csv_has_one_line_per_grant_with_what_is_left_to_pay()
			throws Exception {
		String csvPath = "/grants/decisions/" + round.decisionId() + "/payments.csv";
		mvc.perform(get("/grants").param("year", "" + year).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"grant-decisions\"")))
			.andExpect(content().string(containsString("href=\"" + csvPath + "\"")))
			.andExpect(content().string(containsString("§ 5")))
			// a year, not "2 0xx" with a thousands separator
			.andExpect(content().string(containsString("CSV för ekonomisystemet " + year + "<")));
		mvc.perform(get("/api/v1/grants/decisions").param("year", "" + year)
			.with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].decisionDocumentId").value(round.decisionId().toString()))
			.andExpect(jsonPath("$[0].paragraph").value("§ 5"))
			.andExpect(jsonPath("$[0].grants").value(3))
			.andExpect(jsonPath("$[0].granted").value(600_000));
		var org = fixtures.organisation(first.organisationId());
		String name = org.get("name");
		String code = org.get("code");
		String secondCode = fixtures.organisation(second.organisationId()).get("code");
		for (var request : List.of(get(csvPath).with(users.as(officer)),
				get("/api/v1" + csvPath).with(httpBasic(officer, TestData.PASSWORD)))) {
			var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
			assertThat(response.getContentType()).startsWith("text/csv");
			assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".csv");
			byte[] bytes = response.getContentAsByteArray();
			assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertThat(text).contains("\r\n");
			List<String> lines = text.substring(1).lines().toList();
			assertThat(lines.get(0)).isEqualTo(
					"Diarienummer;Organisation;Organisationskod;Beviljat belopp;Redan utbetalt;Att betala;Referens");
			long paidA = finances(firstA).paid();
			String reg = firstA.registrationNumber();
			assertThat(lines).hasSize(4)
				.contains(reg + ";" + name + ";" + code + ";300000;" + paidA + ";" + (300_000 - paidA) + ";" + reg)
				.anyMatch(l -> l.startsWith(firstB.registrationNumber() + ";") && l.contains(";" + code + ";200000;"))
				.anyMatch(l -> l.startsWith(secondsGrant.registrationNumber() + ";") && l.contains(";" + secondCode + ";100000;"));
		}
		mvc.perform(get("/grants/decisions/" + UUID.randomUUID() + "/payments.csv").with(users.as(officer)))
			.andExpect(status().isNotFound());
		for (String user : notOfficers()) {
			mvc.perform(get(csvPath).with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1" + csvPath).with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/grants/decisions").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/grants").with(users.as(first.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("grant-decisions"))));
	}

	@Test
	void the_organisation_notifies_a_repayment_the_officer_records_what_arrived_and_the_page_flags_what_is_missing()
			throws Exception {
		String page = "/grants/" + firstB.id();
		mvc.perform(post(page + "/repayment-notice").param("amount", "0").param("note", "")
			.with(users.as(first.username())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#notice-amount\"")))
			.andExpect(content().string(containsString("href=\"#notice-note\"")))
			.andExpect(content().string(containsString(
					"Belopp att återbetala måste vara mellan 1 och 200\u00a0000\u00a0kronor (beviljat belopp).")));
		for (String user : List.of(data.council(first.organisationId()), data.reader(), officer)) {
			mvc.perform(post(page + "/repayment-notice").param("amount", "1").param("note", "x")
				.with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/grants/" + firstB.id() + "/repayment-notice").with(httpBasic(data.reader(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1,\"note\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/repayment-notice").param("amount", "1").param("note", "x")
			.with(users.as(second.username())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/grants/" + firstB.id() + "/repayment-notice").with(httpBasic(second.username(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1,\"note\":\"x\"}"))
			.andExpect(status().isNotFound());

		mvc.perform(post(page + "/repayment-notice").param("amount", "30 000").param("note", "Projektet blev kortare")
			.with(users.as(first.username())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		var notified = finances(firstB);
		assertThat(notified.notified()).isEqualTo(30_000);
		assertThat(notified.noticeLate()).isFalse();
		assertThat(notified.outstanding()).isEqualTo(30_000);
		mvc.perform(get(page).with(users.as(first.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projektet blev kortare")))
			.andExpect(content().string(containsString("Återbetalning saknas")))
			.andExpect(content().string(containsString("Anmäl återbetalning")))
			.andExpect(content().string(not(containsString("Registrera utbetalning"))))
			.andExpect(content().string(not(containsString("Anmälan om återbetalning försenad"))));

		mvc.perform(post("/api/v1/grants/" + firstB.id() + "/repayments").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + year + "-06-15\",\"amount\":10000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(10_000))
			.andExpect(jsonPath("$.outstanding").value(20_000));
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Återbetalning saknas")))
			.andExpect(content().string(containsString("Registrera mottagen återbetalning")));
		mvc.perform(post(page + "/repayments").param("paidOn", year + "-06-30").param("amount", "20000")
			.with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(finances(firstB).outstanding()).isZero();
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(not(containsString("Återbetalning saknas"))))
			.andExpect(content().string(containsString("återbetalning mottagen")));

		// A notice made after the call's date is kept but flagged; the date lies in the future here, so set the flag.
		jdbc.sql("update fund_grant set repayment_notice_late = true where id = ?").param(firstB.id()).update();
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Anmälan om återbetalning försenad")));
	}

	@Test
	void the_officers_list_totals_granted_paid_notified_and_received_per_year() throws Exception {
		long paid = 0;
		long notified = 0;
		long received = 0;
		for (GrantView g : List.of(firstA, firstB, secondsGrant)) {
			var f = finances(g);
			paid += f.paid();
			notified += f.notified() == null ? 0 : f.notified();
			received += f.received();
		}
		var totals = data.as(officer, () -> money.totals(year));
		assertThat(totals).containsExactly(new YearTotals(year, 600_000, paid, notified, received));
		mvc.perform(get("/grants").param("year", "" + year).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Totalt per år")))
			.andExpect(content().string(containsString("600\u00a0000")))
			.andExpect(content().string(containsString("/grants/payments.csv?year=" + year)));
		mvc.perform(get("/grants").with(users.as(first.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Totalt per år"))));
	}

	@Test
	void the_officer_moves_a_grant_on_through_the_api_by_the_same_rules_as_on_the_page() throws Exception {
		GrantView grant = fixtures.decided("§ 6", new GrantFixtures.Proposal(second, "Status via API", 50_000))
			.grant(0);
		String status = "/api/v1/grants/" + grant.id() + "/status";
		mvc.perform(put(status).with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"GODKAND\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("status"))
			.andExpect(jsonPath("$.violations[0].message").value(containsString("IN_PROGRESS")));
		mvc.perform(put(status).with(httpBasic(second.username(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
			.andExpect(status().isForbidden());
		assertThat(statusOf(grant)).isEqualTo(GrantStatus.GRANTED);

		mvc.perform(put(status).with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		// Closing waits for an approved report, as on the page.
		mvc.perform(put(status).with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"CLOSED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message")
				.value("Status kan inte ändras från pågår till avslutad."));
		assertThat(statusOf(grant)).isEqualTo(GrantStatus.IN_PROGRESS);
		assertThat(audit.history("Grant", grant.id())).extracting(e -> e.action()).contains("status-changed");
	}
}
