package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The committee's decision creates the grants, in its own transaction, once per application; officers and the granted
 * organisation read them, nobody else does. Each test decides applications of a year and organisations of its own by
 * publishing the decision's event, as the decisions module does.
 */
@FuelIntegrationTest
class GrantIT {

	static final LocalDate DECIDED_ON = LocalDate.of(2026, 12, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail audit;

	@Autowired
	Grants grants;

	int year;

	UUID call;

	UUID district;

	String applicant;

	@BeforeEach
	void call() throws Exception {
		year = cycle.year();
		call = cycle.call(year);
		district = data.district();
		applicant = data.applicant(district);
	}

	LocalDate reportDueDate() {
		return LocalDate.of(year + 1, 2, 28);
	}

	UUID submitted(String title, long requested) throws Exception {
		return cycle.submitted(applicant, call, year, title, requested);
	}

	ApplicationOutcome outcome(UUID applicationId, DecisionOutcome outcome, long amount) {
		var row = jdbc.sql("select registration_number, lead_organisation_id, title, requested_amount from application where id = ?")
			.param(applicationId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4) })
			.single();
		return new ApplicationOutcome(applicationId, call, (String) row[0], (String) row[2], "LUM", year,
				(UUID) row[1], outcome, (long) row[3], amount,
				outcome == DecisionOutcome.GRANTED ? "" : "Motivering i beslutet", DECIDED_ON, "§ 7");
	}

	CommitteeDecided decision(List<ApplicationOutcome> outcomes) {
		return new CommitteeDecided(year, UUID.randomUUID(), DECIDED_ON, "§ 7", outcomes);
	}

	void decide(List<ApplicationOutcome> outcomes) {
		transaction.executeWithoutResult(tx -> events.publishEvent(decision(outcomes)));
	}

	List<UUID> grantIds(UUID applicationId) {
		return jdbc.sql("select id from fund_grant where application_id = ?").param(applicationId).query(UUID.class)
			.list();
	}

	/** Three applications of the district decided: granted, partly granted, rejected. */
	record Decided(UUID granted, UUID partial, UUID rejected, String tag) {
	}

	Decided decidedRound() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		var d = new Decided(submitted("Beviljas helt " + tag, 400_000), submitted("Beviljas delvis " + tag, 350_000),
				submitted("Avslås " + tag, 300_000), tag);
		decide(List.of(outcome(d.granted(), DecisionOutcome.GRANTED, 400_000),
				outcome(d.partial(), DecisionOutcome.PARTIALLY_GRANTED, 200_000),
				outcome(d.rejected(), DecisionOutcome.REJECTED, 0)));
		return d;
	}

	@Test
	void the_decision_creates_a_grant_for_each_granted_or_partly_granted_application_for_the_year_granted()
			throws Exception {
		Decided d = decidedRound();
		assertThat(grantIds(d.rejected())).isEmpty();
		assertThat(grantIds(d.granted())).hasSize(1);
		assertThat(grantIds(d.partial())).hasSize(1);

		var partial = jdbc.sql("""
				select amount, period_start, period_end, report_due_date, decided_on, paragraph, status, year,
				       programme_code, title, registration_number
				from fund_grant where application_id = ?""")
			.param(d.partial())
			.query((rs, n) -> List.of(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
					rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11)))
			.single();
		assertThat(partial).containsExactly(200_000L, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				reportDueDate(), DECIDED_ON, "§ 7", "GRANTED", year, "LUM", "Beviljas delvis " + d.tag(),
				outcome(d.partial(), DecisionOutcome.PARTIALLY_GRANTED, 1).registrationNumber());
		assertThat(jdbc.sql("select amount from fund_grant where application_id = ?").param(d.granted())
			.query(Long.class).single()).isEqualTo(400_000);

		var history = audit.history("Grant", grantIds(d.partial()).get(0));
		assertThat(history).hasSize(1);
		assertThat(history.get(0).action()).isEqualTo("created");
		assertThat(history.get(0).before()).isNull();
		assertThat(history.get(0).after()).contains("200000").contains("GRANTED");
	}

	@Test
	void a_second_decision_event_for_the_same_applications_adds_no_grant() throws Exception {
		Decided d = decidedRound();
		UUID grant = grantIds(d.granted()).get(0);
		decide(List.of(outcome(d.granted(), DecisionOutcome.GRANTED, 400_000),
				outcome(d.partial(), DecisionOutcome.PARTIALLY_GRANTED, 200_000)));
		assertThat(grantIds(d.granted())).containsExactly(grant);
		assertThat(grantIds(d.partial())).hasSize(1);
		assertThat(audit.history("Grant", grant)).hasSize(1);
	}

	@Test
	void a_decision_that_is_rolled_back_leaves_no_grant() throws Exception {
		UUID application = submitted("Ångrat beslut " + UUID.randomUUID(), 100_000);
		transaction.executeWithoutResult(tx -> {
			events.publishEvent(decision(List.of(outcome(application, DecisionOutcome.GRANTED, 100_000))));
			// Read through the facade, in the decision's transaction: the grant is there until the rollback.
			assertThat(data.as(cycle.officer(), () -> grants.ofYear(year))).extracting(GrantView::applicationId)
				.contains(application);
			tx.setRollbackOnly();
		});
		assertThat(grantIds(application)).isEmpty();
	}

	@Test
	void a_decision_outside_a_transaction_is_refused_and_creates_nothing() throws Exception {
		UUID application = submitted("Utan transaktion " + UUID.randomUUID(), 100_000);
		var decided = decision(List.of(outcome(application, DecisionOutcome.GRANTED, 100_000)));
		assertThatThrownBy(() -> events.publishEvent(decided)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(grantIds(application)).isEmpty();
	}

	@Test
	void officers_see_every_grant_by_year_with_its_details_and_history() throws Exception {
		Decided d = decidedRound();
		UUID grant = grantIds(d.partial()).get(0);
		String officer = cycle.officer();
		mvc.perform(get("/grants").param("year", "" + year).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beviljade medel")))
			.andExpect(content().string(containsString("Beviljas delvis " + d.tag())))
			.andExpect(content().string(containsString("Beviljas helt " + d.tag())))
			.andExpect(content().string(not(containsString("Avslås " + d.tag()))))
			.andExpect(content().string(containsString("href=\"/grants\"")));
		mvc.perform(get("/grants").param("year", "" + (year - 1)).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Beviljas delvis " + d.tag()))));
		mvc.perform(get("/grants/" + grant).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("200\u00a0000\u00a0kronor")))
			.andExpect(content().string(containsString(year + "-01-01 – " + year + "-12-31")))
			.andExpect(content().string(containsString(reportDueDate().toString())))
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("skapad")));
		mvc.perform(get("/api/v1/grants").param("year", "" + year).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(grant.toString())))
			.andExpect(jsonPath("$[*].year").value(everyItem(is(year))));
	}

	@Test
	void the_granted_organisation_sees_its_own_grants_and_another_organisation_gets_404() throws Exception {
		Decided d = decidedRound();
		UUID grant = grantIds(d.granted()).get(0);
		mvc.perform(get("/grants").with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beviljas helt " + d.tag())))
			.andExpect(content().string(containsString("href=\"/grants\"")));
		mvc.perform(get("/grants/" + grant).with(users.as(applicant))).andExpect(status().isOk())
			.andExpect(content().string(containsString("400\u00a0000\u00a0kronor")));
		mvc.perform(get("/api/v1/grants/" + grant).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(400_000))
			.andExpect(jsonPath("$.periodStart").value(year + "-01-01"))
			.andExpect(jsonPath("$.periodEnd").value(year + "-12-31"))
			.andExpect(jsonPath("$.reportDueDate").value(reportDueDate().toString()))
			.andExpect(jsonPath("$.status").value("GRANTED"));

		String other = data.applicant(data.district());
		mvc.perform(get("/grants").with(users.as(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Beviljas helt " + d.tag()))));
		mvc.perform(get("/grants/" + grant).with(users.as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grants/" + grant).with(httpBasic(other, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grants").with(httpBasic(other, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem(grant.toString()))));
	}

	@Test
	void council_attestants_and_readers_are_refused() throws Exception {
		Decided d = decidedRound();
		UUID grant = grantIds(d.granted()).get(0);
		for (String user : List.of(data.council(district), data.attestant(), data.reader())) {
			mvc.perform(get("/grants").with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/grants/" + grant).with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/grants").with(httpBasic(user, TestData.PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/grants/" + grant).with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/").with(users.as(user)))
				.andExpect(content().string(not(containsString("href=\"/grants\""))));
		}
	}

	@Test
	void an_applicant_asking_for_another_organisations_grants_is_told_they_do_not_exist() throws Exception {
		decidedRound();
		UUID otherDistrict = data.district();
		String other = data.applicant(otherDistrict);
		assertThatThrownBy(() -> data.run(other, () -> grants.ofOrganisation(district)))
			.isInstanceOf(NotFoundException.class);
		assertThat(data.as(applicant, () -> grants.ofOrganisation(district))).isNotEmpty()
			.allMatch(g -> g.organisationId().equals(district));
	}
}
