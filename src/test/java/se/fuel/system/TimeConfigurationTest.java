package se.fuel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TimeConfigurationTest {

	@Test
	void the_clock_keeps_stockholm_time() {
		assertThat(new TimeConfiguration().clock().getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
	}
}
