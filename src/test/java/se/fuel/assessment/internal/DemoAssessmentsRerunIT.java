package se.fuel.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.DemoDataTest;

@DemoDataTest
class DemoAssessmentsRerunIT {

	@Autowired
	DemoAssessments demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void running_the_demo_data_again_adds_no_assessment_and_no_audit_entry() {
		long assessments = jdbc.sql("select count(*) from assessment").query(Long.class).single();
		long entries = jdbc.sql("select count(*) from audit_entry where object_type = 'Assessment'").query(Long.class)
			.single();
		assertThat(assessments).isGreaterThanOrEqualTo(22);
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from assessment").query(Long.class).single()).isEqualTo(assessments);
		assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'Assessment'").query(Long.class)
			.single()).isEqualTo(entries);
	}
}
