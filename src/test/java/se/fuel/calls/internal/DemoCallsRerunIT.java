package se.fuel.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import se.fuel.DemoDataTest;
import se.fuel.calls.Calls;

@DemoDataTest
class DemoCallsRerunIT {

	@Autowired
	DemoCalls demo;

	@Autowired
	Calls calls;

	@Test
	void running_the_demo_data_again_adds_no_call() {
		long lum2024 = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2024).count();
		demo.run(new DefaultApplicationArguments());
		assertThat(calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2024).count())
			.isEqualTo(lum2024);
	}
}
