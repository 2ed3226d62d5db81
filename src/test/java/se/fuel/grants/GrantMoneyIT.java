package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.decisions.RoundFixture;

/**
 * Payments, repayment notices and repayments on the grants of a round of our own (2055), decided through the
 * decisions module's facades: Farsta gets two grants, Södermalm one.
 */
@DemoDataTest
class GrantMoneyIT {

	static final int YEAR = 2055;

	/** The round is decided once for the class: the database lives as long as the shared context. */
	static GrantView farstaA;

	static GrantView farstaB;

	static GrantView sodermalm;

	static UUID decision;

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
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	RoundFixture round;

	@BeforeEach
	void decided() throws Exception {
		round = new RoundFixture(mvc, userDetails);
		if (farstaA != null) {
			return;
		}
		UUID call = round.lumCall(YEAR, 1_000_000, 3);
		UUID a = round.submitted("farsta", call, YEAR, "Farsta pengar A " + YEAR, 300_000);
		UUID b = round.submitted("farsta", call, YEAR, "Farsta pengar B " + YEAR, 200_000);
		UUID s = round.submitted("sodermalm", call, YEAR, "Södermalm pengar " + YEAR, 100_000);
		round.grant(a);
		round.grant(b);
		round.grant(s);
		decision = new DecidedRoundFixture(context).decide(YEAR, "§ 5");
		List<GrantView> decided = round.as("handlaggare", () -> grants.ofYear(YEAR));
		farstaA = decided.stream().filter(g -> g.applicationId().equals(a)).findFirst().orElseThrow();
		farstaB = decided.stream().filter(g -> g.applicationId().equals(b)).findFirst().orElseThrow();
		sodermalm = decided.stream().filter(g -> g.applicationId().equals(s)).findFirst().orElseThrow();
	}

	GrantFinances finances(GrantView grant) {
		return round.as("handlaggare", () -> money.finances(grant.id()));
	}

	GrantStatus statusOf(GrantView grant) {
		return round.as("handlaggare", () -> grants.find(grant.id()).orElseThrow().status());
	}

	@Test
	void the_first_payment_makes_the_grant_paid_and_the_page_shows_the_total_paid() throws Exception {
		String page = "/grants/" + farstaA.id();
		mvc.perform(post(page + "/payments").param("paidOn", YEAR + "-01-31").param("amount", "100 000")
			.with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		assertThat(statusOf(farstaA)).isEqualTo(GrantStatus.PAID);
		mvc.perform(post("/api/v1/grants/" + farstaA.id() + "/payments").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + YEAR + "-03-31\",\"amount\":50000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paid").value(150_000));
		assertThat(statusOf(farstaA)).isEqualTo(GrantStatus.PAID);
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Registrera utbetalning")))
			.andExpect(content().string(containsString("id=\"money-paid\">150\u00a0000\u00a0kronor")))
			.andExpect(content().string(containsString("utbetalning registrerad")));
		var history = audit.history("Grant", farstaA.id());
		assertThat(history).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("payment-recorded");
			assertThat(e.before()).contains("GRANTED");
			assertThat(e.after()).contains("PAID").contains("100000");
		});
	}

	@Test
	void a_payment_above_what_is_left_of_the_grant_is_refused_in_swedish_naming_the_field() throws Exception {
		long left = finances(farstaA).leftToPay();
		String message = "Belopp får inte vara mer än det som återstår att betala ut: " + SwedishFormat.kronor(left)
				+ ".";
		mvc.perform(post("/grants/" + farstaA.id() + "/payments").param("paidOn", YEAR + "-02-01")
			.param("amount", Long.toString(left + 1)).with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#payment-amount\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"" + (left + 1) + "\"")));
		mvc.perform(post("/api/v1/grants/" + farstaA.id() + "/payments").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + YEAR + "-02-01\",\"amount\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("amount"))
			.andExpect(jsonPath("$.violations[0].message").value("Belopp måste vara större än 0 kronor."));
		assertThat(finances(farstaA).leftToPay()).isEqualTo(left);
	}

	@Test
	void only_officers_record_payments_and_repayments_and_read_the_payment_instructions() throws Exception {
		for (String user : new String[] { "farsta", "sodermalm", "radsledamot", "lasare" }) {
			mvc.perform(post("/grants/" + farstaA.id() + "/payments").param("paidOn", YEAR + "-01-31")
				.param("amount", "1").with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/grants/" + farstaA.id() + "/repayments").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + YEAR + "-01-31\",\"amount\":1}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/grants/" + farstaA.id() + "/status").param("action", "in-progress")
				.with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/grants/payments.csv").param("year", "" + YEAR).with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/grants/payments.csv").param("year", "" + YEAR).with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/grants/" + UUID.randomUUID() + "/payments").param("paidOn", YEAR + "-01-31")
			.param("amount", "1").with(users.as("handlaggare")).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void the_payment_instructions_list_each_grant_of_the_year_with_what_is_left_to_pay() throws Exception {
		mvc.perform(post("/api/v1/grants/" + sodermalm.id() + "/payments").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + YEAR + "-01-31\",\"amount\":40000}"))
			.andExpect(status().isOk());
		String name = jdbc.sql("select name from organisation where code = 'sodermalm'").query(String.class).single();
		String reg = sodermalm.registrationNumber();
		for (var request : List.of(get("/grants/payments.csv").with(users.as("handlaggare")),
				get("/api/v1/grants/payments.csv").with(httpBasic("handlaggare", "demo")))) {
			var response = mvc.perform(request.param("year", "" + YEAR))
				.andExpect(status().isOk())
				.andReturn().getResponse();
			assertThat(response.getContentType()).startsWith("text/csv");
			byte[] bytes = response.getContentAsByteArray();
			assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
			assertThat(lines.get(0)).isEqualTo(
					"Diarienummer;Organisation;Organisationskod;Beviljat belopp;Redan utbetalt;Att betala;Referens");
			assertThat(lines).hasSize(4)
				.contains(reg + ";" + name + ";sodermalm;100000;40000;60000;FoU " + YEAR + " " + reg)
				.anyMatch(l -> l.startsWith(farstaB.registrationNumber() + ";") && l.contains(";farsta;200000;0;200000;"));
		}
		mvc.perform(post("/grants/" + sodermalm.id() + "/status").param("action", "in-progress")
			.with(users.as("handlaggare")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(sodermalm)).isEqualTo(GrantStatus.IN_PROGRESS);
		mvc.perform(post("/grants/" + sodermalm.id() + "/status").param("action", "close")
			.with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Status kan inte ändras från pågår till avslutad.")));
	}

	@Test
	void the_money_page_lists_the_decision_and_its_csv_has_one_line_per_grant_with_what_is_left_to_pay()
			throws Exception {
		String csvPath = "/grants/decisions/" + decision + "/payments.csv";
		mvc.perform(get("/grants").param("year", "" + YEAR).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"grant-decisions\"")))
			.andExpect(content().string(containsString("href=\"" + csvPath + "\"")))
			.andExpect(content().string(containsString("§ 5")))
			// a year, not "2 0xx" with a thousands separator
			.andExpect(content().string(containsString("CSV för ekonomisystemet " + YEAR + "<")));
		mvc.perform(get("/api/v1/grants/decisions").param("year", "" + YEAR)
			.with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].decisionDocumentId").value(decision.toString()))
			.andExpect(jsonPath("$[0].paragraph").value("§ 5"))
			.andExpect(jsonPath("$[0].grants").value(3))
			.andExpect(jsonPath("$[0].granted").value(600_000));
		String name = jdbc.sql("select name from organisation where code = 'farsta'").query(String.class).single();
		for (var request : List.of(get(csvPath).with(users.as("handlaggare")),
				get("/api/v1" + csvPath).with(httpBasic("handlaggare", "demo")))) {
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
			long paidA = finances(farstaA).paid();
			String reg = farstaA.registrationNumber();
			assertThat(lines).hasSize(4)
				.contains(reg + ";" + name + ";farsta;300000;" + paidA + ";" + (300_000 - paidA) + ";FoU " + YEAR + " "
						+ reg)
				.anyMatch(l -> l.startsWith(farstaB.registrationNumber() + ";") && l.contains(";farsta;200000;"))
				.anyMatch(l -> l.startsWith(sodermalm.registrationNumber() + ";") && l.contains(";sodermalm;100000;"));
		}
		mvc.perform(get("/grants/decisions/" + UUID.randomUUID() + "/payments.csv").with(users.as("handlaggare")))
			.andExpect(status().isNotFound());
		for (String user : new String[] { "farsta", "sodermalm", "radsledamot", "lasare" }) {
			mvc.perform(get(csvPath).with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1" + csvPath).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/grants/decisions").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/grants").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("grant-decisions"))));
	}

	@Test
	void the_organisation_notifies_a_repayment_the_officer_records_what_arrived_and_the_page_flags_what_is_missing()
			throws Exception {
		String page = "/grants/" + farstaB.id();
		mvc.perform(post(page + "/repayment-notice").param("amount", "0").param("note", "")
			.with(users.as("farsta")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#notice-amount\"")))
			.andExpect(content().string(containsString("href=\"#notice-note\"")))
			.andExpect(content().string(containsString(
					"Belopp att återbetala måste vara mellan 1 och 200\u00a0000\u00a0kronor (beviljat belopp).")));
		for (String user : new String[] { "radsledamot", "lasare", "handlaggare" }) {
			mvc.perform(post(page + "/repayment-notice").param("amount", "1").param("note", "x")
				.with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/grants/" + farstaB.id() + "/repayment-notice").with(httpBasic("lasare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1,\"note\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/repayment-notice").param("amount", "1").param("note", "x")
			.with(users.as("sodermalm")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/grants/" + farstaB.id() + "/repayment-notice").with(httpBasic("sodermalm", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1,\"note\":\"x\"}"))
			.andExpect(status().isNotFound());

		mvc.perform(post(page + "/repayment-notice").param("amount", "30 000").param("note", "Projektet blev kortare")
			.with(users.as("farsta")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		var notified = finances(farstaB);
		assertThat(notified.notified()).isEqualTo(30_000);
		assertThat(notified.noticeLate()).isFalse();
		assertThat(notified.outstanding()).isEqualTo(30_000);
		mvc.perform(get(page).with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projektet blev kortare")))
			.andExpect(content().string(containsString("Återbetalning saknas")))
			.andExpect(content().string(containsString("Anmäl återbetalning")))
			.andExpect(content().string(not(containsString("Registrera utbetalning"))))
			.andExpect(content().string(not(containsString("Anmälan om återbetalning försenad"))));

		mvc.perform(post("/api/v1/grants/" + farstaB.id() + "/repayments").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"paidOn\":\"" + YEAR + "-06-15\",\"amount\":10000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(10_000))
			.andExpect(jsonPath("$.outstanding").value(20_000));
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Återbetalning saknas")))
			.andExpect(content().string(containsString("Registrera mottagen återbetalning")));
		mvc.perform(post(page + "/repayments").param("paidOn", YEAR + "-06-30").param("amount", "20000")
			.with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(finances(farstaB).outstanding()).isZero();
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(not(containsString("Återbetalning saknas"))))
			.andExpect(content().string(containsString("återbetalning mottagen")));

		// A notice made after the call's date is kept but flagged; the date lies in the future here, so set the flag.
		jdbc.sql("update fund_grant set repayment_notice_late = true where id = ?").param(farstaB.id()).update();
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Anmälan om återbetalning försenad")));
	}

	@Test
	void the_officers_list_totals_granted_paid_notified_and_received_per_year() throws Exception {
		long paid = 0;
		long notified = 0;
		long received = 0;
		for (GrantView g : List.of(farstaA, farstaB, sodermalm)) {
			var f = finances(g);
			paid += f.paid();
			notified += f.notified() == null ? 0 : f.notified();
			received += f.received();
		}
		var totals = round.as("handlaggare", () -> money.totals(YEAR));
		assertThat(totals).containsExactly(new YearTotals(YEAR, 600_000, paid, notified, received));
		mvc.perform(get("/grants").param("year", "" + YEAR).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Totalt per år")))
			.andExpect(content().string(containsString("600\u00a0000")))
			.andExpect(content().string(containsString("/grants/payments.csv?year=" + YEAR)));
		mvc.perform(get("/grants").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Totalt per år"))));
	}

	@Test
	void the_2024_demo_grants_are_paid_in_full_and_reported_and_farstas_finland_visit_notified_6000_kronor() {
		// Other tests' 2024 grants (grants/FollowUpFixture) are numbered "UPPF …"; historical ones come from the seeds.
		List<GrantView> demo = round.as("handlaggare", () -> grants.ofYear(2024)).stream()
			.filter(g -> !g.historical())
			.filter(g -> g.registrationNumber() == null || !g.registrationNumber().startsWith("UPPF"))
			.toList();
		assertThat(demo).isNotEmpty().allSatisfy(g -> {
			// Every report approved but Digital Lots', still in progress with more time (DemoGrantReports).
			assertThat(g.status()).isEqualTo(g.title().equals("Digital Lots för samsjukliga") ? GrantStatus.IN_PROGRESS
					: GrantStatus.APPROVED);
			var f = finances(g);
			assertThat(f.paid()).isEqualTo(g.amount());
			assertThat(f.payments()).containsExactly(new GrantFinances.Movement(LocalDate.of(2024, 1, 31), g.amount()));
		});
		GrantView finland = demo.stream().filter(g -> g.title().equals("Verksamhetsbesök, Finland")).findFirst()
			.orElseThrow();
		assertThat(finland.organisationName()).containsIgnoringCase("Farsta");
		var f = finances(finland);
		assertThat(f.notified()).isEqualTo(6_000);
		assertThat(f.notifiedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
		assertThat(f.note()).isEqualTo("Resan blev kortare än planerat");
		assertThat(f.noticeLate()).isFalse();
		assertThat(f.received()).isZero();
		assertThat(f.repaymentMissing()).isTrue();
	}
}
