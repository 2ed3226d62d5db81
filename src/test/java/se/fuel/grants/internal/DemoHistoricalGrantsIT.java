package se.fuel.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.DemoDataTest;

@DemoDataTest
class DemoHistoricalGrantsIT {

	@Autowired
	DemoHistoricalGrants demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void running_the_demo_again_adds_nothing() {
		long grants = count("select count(*) from fund_grant where origin = 'HISTORICAL'");
		long payments = count("select count(*) from grant_payment p join fund_grant g on g.id = p.grant_id "
				+ "where g.origin = 'HISTORICAL'");
		long reminders = count("select count(*) from grant_reminder r join fund_grant g on g.id = r.grant_id "
				+ "where g.origin = 'HISTORICAL'");
		demo.run(null);
		assertThat(grants).isGreaterThanOrEqualTo(45);
		assertThat(count("select count(*) from fund_grant where origin = 'HISTORICAL'")).isEqualTo(grants);
		assertThat(count("select count(*) from grant_payment p join fund_grant g on g.id = p.grant_id "
				+ "where g.origin = 'HISTORICAL'")).isEqualTo(payments);
		assertThat(count("select count(*) from grant_reminder r join fund_grant g on g.id = r.grant_id "
				+ "where g.origin = 'HISTORICAL'")).isEqualTo(reminders);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
