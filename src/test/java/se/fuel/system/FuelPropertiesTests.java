package se.fuel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FuelPropertiesTests {

	static FuelProperties with(String dbUrl, Boolean demo) {
		return new FuelProperties(null, new FuelProperties.Db(dbUrl, null, null, false), demo);
	}

	@Test
	void without_a_database_url_the_database_is_embedded_and_demo_mode_is_on() {
		var properties = with("", null);
		assertThat(properties.embeddedDatabase()).isTrue();
		assertThat(properties.demoMode()).isTrue();
	}

	@Test
	void with_an_external_database_demo_mode_is_off_unless_asked_for() {
		assertThat(with("jdbc:postgresql://db/fuel", null).demoMode()).isFalse();
		assertThat(with("jdbc:postgresql://db/fuel", true).demoMode()).isTrue();
	}

	@Test
	void demo_mode_can_be_switched_off_on_the_embedded_database() {
		assertThat(with(null, false).demoMode()).isFalse();
	}

	@Test
	void the_data_folder_defaults_to_data_in_the_working_directory() {
		assertThat(with(null, null).dataDir()).isEqualTo(Path.of("data"));
	}
}
