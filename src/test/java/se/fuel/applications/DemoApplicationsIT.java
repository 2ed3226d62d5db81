package se.fuel.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.DemoDataTest;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

@DemoDataTest
class DemoApplicationsIT {

	@Autowired
	Calls calls;

	@Autowired
	JdbcClient jdbc;

	UUID call(String programme, int year) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == year)
			.map(CallView::id).findFirst().orElseThrow();
	}

	@Test
	void the_14_lum_applications_of_2024_all_decided_come_from_ten_administrations_and_ask_for_6_460_000_kronor() {
		var row = jdbc.sql("""
				select count(*), count(distinct lead_organisation_id), sum(requested_amount), max(requested_amount),
				       count(registration_number)
				from application where call_id = ? and status in ('GRANTED', 'PARTIALLY_GRANTED', 'REJECTED')""")
			.param(call("LUM", 2024))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
		assertThat(row).containsExactly(14, 10, 6_460_000, 600_000, 14);
	}

	@Test
	void the_8_mul_applications_of_2024_all_decided_ask_for_198_400_kronor_from_five_organisations() {
		var row = jdbc.sql("""
				select count(*), count(distinct lead_organisation_id), sum(requested_amount)
				from application where call_id = ? and status in ('GRANTED', 'PARTIALLY_GRANTED', 'REJECTED')""")
			.param(call("MUL", 2024))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		assertThat(row).containsExactly(8, 5, 198_400);
	}

	@Test
	void the_partly_granted_projects_asked_for_more_than_they_got_and_made_up_values_are_marked() {
		long asked = jdbc.sql("select requested_amount from application where title = ?")
			.param("Hur kan brukare och personal förstå varandra bättre?").query(Long.class).single();
		assertThat(asked).isGreaterThan(250_000);
		long marked = jdbc.sql("select count(*) from application where demo_note like '%påhittad%' or demo_note like '%påhittat%'")
			.query(Long.class).single();
		assertThat(marked).isGreaterThanOrEqualTo(22);
	}

	@Test
	void the_2027_demo_round_has_six_lum_applications_from_six_districts_asking_more_than_the_budget() {
		var row = jdbc.sql("""
				select count(*), count(distinct lead_organisation_id), sum(requested_amount), max(requested_amount),
				       count(*) filter (where registration_number like 'FoU 2027/%')
				from application where call_id = ? and status = 'SUBMITTED' and demo_note is not null""")
			.param(call("LUM", 2027))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
		assertThat(row).containsExactly(6, 6, 3_500_000, 700_000, 6);
		long budget = calls.find(call("LUM", 2027)).orElseThrow().budget();
		assertThat(row[2]).as("the officer must cut to allocate").isGreaterThan(budget);
	}

	@Test
	void farsta_has_one_submitted_2027_project_in_the_demo_data_for_the_council_member_from_farsta_to_be_refused() {
		var farsta2027 = jdbc.sql("""
				select a.status from application a join organisation o on o.id = a.lead_organisation_id
				where o.code = 'farsta' and a.call_id in (?, ?) and a.demo_note is not null""")
			.params(call("LUM", 2027), call("MUL", 2027)).query(String.class).list();
		assertThat(farsta2027).containsExactly("SUBMITTED");
	}

	@Test
	void the_2027_demo_round_has_three_study_visits_of_at_most_25_000_kronor_and_keeps_its_two_drafts() {
		var mul = jdbc.sql("""
				select count(*), max(requested_amount), count(registration_number)
				from application where call_id = ? and status = 'SUBMITTED' and demo_note is not null""")
			.param(call("MUL", 2027))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		assertThat(mul).containsExactly(3, 25_000, 3);
		var drafts = jdbc.sql("""
				select title from application where call_id in (?, ?) and status = 'DRAFT' and demo_note is not null
				order by title""")
			.params(call("LUM", 2027), call("MUL", 2027)).query(String.class).list();
		assertThat(drafts).containsExactly("Stöd till unga vuxna i hemlöshet", "Verksamhetsbesök, Oslo");
	}
}
