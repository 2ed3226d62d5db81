package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grants decided before Fuel in a real browser, checked with axe-core: the list of 2002, Rinkeby's SFI-plus
 * continuation that never reported, with its logged reminders, and its report page with the coordinator's comment.
 */
class HistoricalGrantPagesBrowserIT extends DemoBrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_pages_of_a_grant_decided_before_fuel_are_accessible() {
		UUID id = jdbc.sql("select id from fund_grant where origin = 'HISTORICAL' and registration_number = '2.2.2'")
			.query(UUID.class)
			.single();
		login("handlaggare");
		open("/grants?year=2002");
		assertThat(heading()).isEqualTo("Beviljade medel");
		assertThat(browser().getPageSource()).contains("Myndighetssamverkan", "Beslutat före Fuel");
		assertAccessible();
		open("/grants/" + id);
		assertThat(heading()).isEqualTo("SFI plus (fortsättning)");
		assertThat(browser().getPageSource()).contains("Påminnelse skickad 2004-02-13");
		assertAccessible();
		open("/grants/" + id + "/report");
		assertThat(find("#report-comment").getText()).startsWith("Trots flera påminnelser har Rinkeby sdf");
		assertAccessible();
	}
}
