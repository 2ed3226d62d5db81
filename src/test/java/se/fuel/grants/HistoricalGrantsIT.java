package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * The grants decided before Fuel in the demo: the 32 projects of 2002–2003 of document 001 section 2, exactly as its
 * table 1.3 sums them up, Rinkeby's projects that never reported, and the 13 projects of 2017 of document 004.
 */
@DemoDataTest
class HistoricalGrantsIT {

	/**
	 * Table 1.3 of document 001, "Sammanlagd beviljade medel för metodutveckling till stadsdelarna och till Simba": per
	 * lead administration the projects in Arbetsmarknad, SFI and Socialmedicin and the total granted in tkr. Section 2
	 * project by project agrees with it everywhere; joint projects count under the lead (the first named).
	 */
	static final Map<String, long[]> TABLE_1_3 = new LinkedHashMap<>();
	static {
		TABLE_1_3.put("rinkeby", new long[] { 4, 2, 0, 3_836 });
		TABLE_1_3.put("vantor", new long[] { 3, 2, 1, 2_322 });
		TABLE_1_3.put("kista", new long[] { 4, 0, 1, 2_265 });
		TABLE_1_3.put("hagersten", new long[] { 0, 1, 0, 1_207 });
		TABLE_1_3.put("skarholmen", new long[] { 0, 0, 2, 1_062 });
		TABLE_1_3.put("skarpnack", new long[] { 0, 2, 0, 854 });
		TABLE_1_3.put("enskede-arsta", new long[] { 0, 0, 1, 813 });
		TABLE_1_3.put("maria-gamla-stan", new long[] { 0, 0, 2, 800 });
		TABLE_1_3.put("hasselby-vallingby", new long[] { 0, 2, 0, 655 });
		TABLE_1_3.put("simba", new long[] { 1, 0, 0, 600 });
		TABLE_1_3.put("kungsholmen", new long[] { 0, 0, 2, 432 });
		TABLE_1_3.put("farsta", new long[] { 1, 0, 0, 397 });
		TABLE_1_3.put("spanga-tensta", new long[] { 1, 0, 0, 285 });
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GrantReminders reminders;

	@Test
	void the_projects_of_2002_and_2003_are_32_and_together_15_528_000_kronor() {
		Map<String, Object> sum = jdbc.sql("""
				select count(*) as n, sum(amount) as total from fund_grant
				where origin = 'HISTORICAL' and year between 2002 and 2003""").query().singleRow();
		assertThat(((Number) sum.get("n")).longValue()).isEqualTo(32);
		assertThat(((Number) sum.get("total")).longValue()).isEqualTo(15_528_000L);
	}

	@Test
	void every_administration_has_the_projects_and_the_total_of_table_1_3() {
		for (var row : TABLE_1_3.entrySet()) {
			long[] expected = row.getValue();
			Map<String, Object> found = jdbc.sql("""
					select count(*) filter (where g.area = 'Sysselsättning och arbetsmarknad') as work,
					       count(*) filter (where g.area = 'SFI-studerande') as sfi,
					       count(*) filter (where g.area = 'Socialmedicin') as medicine,
					       coalesce(sum(g.amount), 0) as total
					from fund_grant g join organisation o on o.id = g.organisation_id
					where g.origin = 'HISTORICAL' and g.year between 2002 and 2003 and o.code = ?""")
				.param(row.getKey())
				.query()
				.singleRow();
			assertThat(List.of(((Number) found.get("work")).longValue(), ((Number) found.get("sfi")).longValue(),
					((Number) found.get("medicine")).longValue(), ((Number) found.get("total")).longValue()))
				.as(row.getKey())
				.containsExactly(expected[0], expected[1], expected[2], expected[3] * 1000);
		}
	}

	@Test
	void the_areas_have_14_9_and_9_projects_and_the_joint_ones_their_partners() {
		Map<String, Long> perArea = new LinkedHashMap<>();
		jdbc.sql("select area, count(*) as n from fund_grant where origin = 'HISTORICAL' and year between 2002 and 2003 "
				+ "group by area").query((rs, i) -> perArea.put(rs.getString("area"), rs.getLong("n"))).list();
		assertThat(perArea).containsOnly(Map.entry("Sysselsättning och arbetsmarknad", 14L),
				Map.entry("SFI-studerande", 9L), Map.entry("Socialmedicin", 9L));
		List<String> partners = jdbc.sql("""
				select o.code from fund_grant g join fund_grant_partner p on p.grant_id = g.id
				join organisation o on o.id = p.organisation_id
				where g.origin = 'HISTORICAL' and g.registration_number = '2.2.6' order by o.code""")
			.query(String.class)
			.list();
		assertThat(partners).containsExactly("alvsjo", "liljeholmen");
	}

	@Test
	void a_grant_over_two_years_keeps_the_amount_the_seed_gives_and_both_years_in_its_period() {
		Map<String, Object> riff = jdbc.sql("""
				select amount, year, period_start, period_end from fund_grant
				where origin = 'HISTORICAL' and registration_number = '2.1.2'""").query().singleRow();
		assertThat(((Number) riff.get("amount")).longValue()).isEqualTo(332_000L);
		assertThat(riff.get("year")).isEqualTo(2002);
		assertThat(riff.get("period_start").toString()).isEqualTo("2002-01-01");
		assertThat(riff.get("period_end").toString()).isEqualTo("2003-12-31");
		List<Long> paid = jdbc.sql("""
				select p.amount from grant_payment p join fund_grant g on g.id = p.grant_id
				where g.origin = 'HISTORICAL' and g.registration_number = '2.1.2' order by p.paid_on""")
			.query(Long.class)
			.list();
		assertThat(paid).containsExactly(250_000L, 82_000L);
		assertThat(jdbc.sql("""
				select sum(p.amount) from grant_payment p join fund_grant g on g.id = p.grant_id
				where g.origin = 'HISTORICAL' and g.year between 2002 and 2003 and p.kind = 'PAYMENT'""")
			.query(Long.class)
			.single()).isEqualTo(15_528_000L);
	}

	@Test
	void the_reported_projects_have_approved_reports_and_table_1_3s_implementation_plans() {
		Map<String, Object> counts = jdbc.sql("""
				select count(*) filter (where r.status = 'APPROVED') as approved,
				       count(*) filter (where r.implementation_plan) as plans,
				       count(*) filter (where g.status = 'CLOSED') as closed
				from fund_grant g join grant_report r on r.grant_id = g.id
				where g.origin = 'HISTORICAL' and g.year between 2002 and 2003""").query().singleRow();
		// 9 + 8 + 12 reported (section 2's "Antal slutredovisade projekt"); 18 with plans as table 1.3 says.
		assertThat(((Number) counts.get("approved")).longValue()).isEqualTo(29);
		assertThat(((Number) counts.get("closed")).longValue()).isEqualTo(29);
		assertThat(((Number) counts.get("plans")).longValue()).isEqualTo(18);
		String experiences = jdbc.sql("""
				select r.experiences from grant_report r join fund_grant g on g.id = r.grant_id
				where g.origin = 'HISTORICAL' and g.registration_number = '2.1.1'""").query(String.class).single();
		assertThat(experiences).contains("av 120 personer har bl.a. 8 personer fått arbete");
	}

	@Test
	void rinkebys_sfi_plus_continuation_has_no_approved_report_but_the_comment_and_the_reminders() {
		UUID id = grantId("2.2.2");
		Map<String, Object> grant = jdbc.sql("""
				select g.status, o.code from fund_grant g join organisation o on o.id = g.organisation_id
				where g.id = ?""").param(id).query().singleRow();
		assertThat(grant).containsEntry("status", "IN_PROGRESS").containsEntry("code", "rinkeby");
		Map<String, Object> report = jdbc.sql("select status, coordinator_comment from grant_report where grant_id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(report.get("status")).isNotEqualTo("APPROVED");
		assertThat((String) report.get("coordinator_comment"))
			.startsWith("Trots flera påminnelser har Rinkeby sdf (som är huvudman för projektet) inte redovisat");
		List<String> sent = jdbc.sql("select sent_on from grant_reminder where grant_id = ? order by sent_on")
			.param(id)
			.query((rs, i) -> rs.getDate("sent_on").toLocalDate().toString())
			.list();
		assertThat(sent).hasSizeGreaterThanOrEqualTo(2).allMatch(d -> d.startsWith("2004-"));
		assertThat(jdbc.sql("select count(*) from fund_grant where origin = 'HISTORICAL' and status = 'IN_PROGRESS' "
				+ "and year between 2002 and 2003").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void grants_decided_before_fuel_are_never_reminded_again() {
		UUID id = grantId("2.2.2");
		long before = reminderCount(id);
		// A week after the last logged reminder: a grant of Fuel's own would be due its next weekly reminder.
		reminders.sendDueReminders(LocalDate.of(2004, 2, 20));
		reminders.sendDueReminders(LocalDate.of(2004, 2, 27));
		assertThat(reminderCount(id)).isEqualTo(before);
	}

	@Test
	void the_projects_of_2017_are_thirteen_with_approved_reports_and_amounts_within_the_rules() {
		Map<String, Object> found = jdbc.sql("""
				select count(*) as n, max(g.amount) as largest,
				       count(*) filter (where r.status = 'APPROVED') as approved,
				       count(*) filter (where g.programme_code = 'FoU') as research
				from fund_grant g left join grant_report r on r.grant_id = g.id
				where g.origin = 'HISTORICAL' and g.year = 2017""").query().singleRow();
		assertThat(((Number) found.get("n")).longValue()).isEqualTo(13);
		assertThat(((Number) found.get("approved")).longValue()).isEqualTo(13);
		assertThat(((Number) found.get("research")).longValue()).isEqualTo(3);
		assertThat(((Number) found.get("largest")).longValue()).isLessThanOrEqualTo(750_000L);
	}

	@Test
	void officers_filter_the_grants_by_the_historical_years() throws Exception {
		mvc.perform(get("/grants").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"2002\"")))
			.andExpect(content().string(containsString("<option value=\"2003\"")))
			.andExpect(content().string(containsString("<option value=\"2017\"")));
		mvc.perform(get("/grants").param("year", "2002").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Myndighetssamverkan")))
			.andExpect(content().string(containsString("Beslutat före Fuel")))
			.andExpect(content().string(not(containsString("Lunda Nova jobbaktiv"))));
	}

	@Test
	void a_historical_grant_reads_as_decided_before_fuel_without_an_application() throws Exception {
		UUID id = grantId("2.2.2");
		mvc.perform(get("/grants/{id}", id).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beslutat före Fuel")))
			.andExpect(content().string(containsString("SFI plus (fortsättning)")))
			.andExpect(content().string(containsString("Påminnelse skickad 2004-02-13")))
			.andExpect(content().string(not(containsString("/applications/"))));
		mvc.perform(get("/grants/{id}/report", id).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trots flera påminnelser har Rinkeby sdf")));
	}

	@Test
	void another_organisation_cannot_read_a_historical_grant() throws Exception {
		UUID id = grantId("2.2.2");
		mvc.perform(get("/grants/{id}", id).with(users.as("farsta"))).andExpect(status().isNotFound());
		mvc.perform(get("/grants/{id}/report", id).with(users.as("farsta"))).andExpect(status().isNotFound());
		mvc.perform(get("/grants").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Långtidsarbetslösa ungdomar 17-25 år")))
			.andExpect(content().string(not(containsString("SFI plus (fortsättning)"))));
		// Its own project of 2003 is paid and closed long ago: nothing to notify a repayment of.
		mvc.perform(get("/grants/{id}", grantId("2.3.11")).with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beslutat före Fuel")))
			.andExpect(content().string(not(containsString("repayment-notice"))));
	}

	private UUID grantId(String reference) {
		return jdbc.sql("select id from fund_grant where origin = 'HISTORICAL' and registration_number = ?")
			.param(reference)
			.query(UUID.class)
			.single();
	}

	private long reminderCount(UUID grantId) {
		return jdbc.sql("select count(*) from grant_reminder where grant_id = ?").param(grantId).query(Long.class).single();
	}
}
