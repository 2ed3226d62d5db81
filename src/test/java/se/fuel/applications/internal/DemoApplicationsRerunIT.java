package se.fuel.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.DemoDataTest;

@DemoDataTest
class DemoApplicationsRerunIT {

	@Autowired
	DemoApplications demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void running_the_demo_data_again_adds_no_application_and_uses_no_registration_number() {
		long before = jdbc.sql("select count(*) from application where demo_note is not null").query(Long.class).single();
		long numbers = jdbc.sql("select coalesce(sum(last), 0) from registration_counter").query(Long.class).single();
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from application where demo_note is not null").query(Long.class).single())
			.isEqualTo(before);
		assertThat(jdbc.sql("select coalesce(sum(last), 0) from registration_counter").query(Long.class).single())
			.isEqualTo(numbers);
	}
}
