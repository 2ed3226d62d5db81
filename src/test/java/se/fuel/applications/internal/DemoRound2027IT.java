package se.fuel.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.DemoDataTest;
import se.fuel.applications.ApplicationStatus;
import se.fuel.applications.eligibility.Finding;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

@DemoDataTest
class DemoRound2027IT {

	@Autowired
	Calls calls;

	@Autowired
	ApplicationRepository applications;

	@Autowired
	Submission submission;

	@Autowired
	JdbcClient jdbc;

	CallView call(String programme) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == 2027).findFirst()
			.orElseThrow();
	}

	List<Application> demoRound(CallView call) {
		return applications.findByCallId(call.id()).stream()
			.filter(a -> a.status() == ApplicationStatus.SUBMITTED && DemoRound2027.NOTE.equals(a.demoNote()))
			.toList();
	}

	@Test
	@Transactional
	void every_2027_demo_application_passes_the_eligibility_policies_when_it_was_submitted() {
		for (String programme : List.of("LUM", "MUL")) {
			CallView call = call(programme);
			var round = demoRound(call);
			assertThat(round).hasSize(programme.equals("LUM") ? 6 : 3);
			for (Application a : round) {
				assertThat(submission.check(a, call, a.submittedAt()).stream().filter(Finding::blocks))
					.as(a.title())
					.isEmpty();
				assertThat(a.registrationNumber()).startsWith("FoU 2027/");
			}
		}
	}

	@Test
	@Transactional
	void the_2027_demo_applications_are_not_assessed_so_that_the_officer_can_assess_them() {
		var ids = java.util.stream.Stream.concat(demoRound(call("LUM")).stream(), demoRound(call("MUL")).stream())
			.map(Application::id)
			.toList();
		assertThat(ids).hasSize(9);
		for (var id : ids) {
			assertThat(jdbc.sql("select count(*) from assessment where application_id = ?").param(id)
				.query(Long.class).single()).isZero();
		}
	}
}
