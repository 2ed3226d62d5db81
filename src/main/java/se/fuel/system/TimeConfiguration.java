package se.fuel.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.fuel.common.SwedishFormat;

/**
 * The one clock of Fuel, in Stockholm's time zone: every "today" and "now" is the city's, so a deadline, a year or
 * an organisation's last day turns at Stockholm's midnight, not at UTC's. Services take it by injection so that a
 * test can set the time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(SwedishFormat.ZONE);
	}
}
