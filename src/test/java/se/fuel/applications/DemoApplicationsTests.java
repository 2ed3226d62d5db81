package se.fuel.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.FuelIntegrationTest;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

@FuelIntegrationTest
class DemoApplicationsTests {

	@Autowired
	Calls calls;

	@Autowired
	JdbcClient jdbc;

	UUID call(String programme, int year) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == year)
			.map(CallView::id).findFirst().orElseThrow();
	}

	@Test
	void the_14_lum_applications_of_2024_come_from_ten_administrations_and_ask_for_6_460_000_kronor() {
		var row = jdbc.sql("""
				select count(*), count(distinct lead_organisation_id), sum(requested_amount), max(requested_amount),
				       count(registration_number)
				from application where call_id = ? and status = 'SUBMITTED'""")
			.param(call("LUM", 2024))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
		assertThat(row).containsExactly(14, 10, 6_460_000, 600_000, 14);
	}

	@Test
	void the_8_mul_applications_of_2024_ask_for_198_400_kronor_from_five_organisations() {
		var row = jdbc.sql("""
				select count(*), count(distinct lead_organisation_id), sum(requested_amount)
				from application where call_id = ? and status = 'SUBMITTED'""")
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
	void farsta_has_no_application_for_2027_in_the_demo_data() {
		long farsta2027 = jdbc.sql("""
				select count(*) from application a join organisation o on o.id = a.lead_organisation_id
				where o.code = 'farsta' and a.call_id in (?, ?) and a.demo_note is not null""")
			.params(call("LUM", 2027), call("MUL", 2027)).query(Long.class).single();
		assertThat(farsta2027).isZero();
	}
}
