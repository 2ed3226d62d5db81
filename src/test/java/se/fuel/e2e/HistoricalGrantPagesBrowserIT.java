package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grants decided before Fuel in a real browser, checked with axe-core: the list of 2002, Rinkeby's SFI-plus
 * continuation that never reported, with its logged reminders, and its report page with the coordinator's comment;
 * the annual report and table 1.3 of 2002–2003, as they were and rolled up into today's organisations.
 *
 * <p>
 * On the demo because it checks the demo itself: the grants of 2002–2003, their figures, reminders and comments and
 * the districts that later merged (Rinkeby and Kista into Järva) are reproduced from the follow-up of 2002–2003 in
 * source document 001 (docs/product.md), and these pages must show them as the document does.
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

	@Test
	void the_annual_report_of_2002_and_2003_shows_the_source_documents_figures_and_comments() {
		login("lasare");
		open("/grants/annual-report?from=2002&to=2003");
		assertThat(find("#annual-summary-table").getText()).contains("Rinkeby", "3 836 000");
		assertThat(find("main").getText()).contains("2.1.1 Skärholmen – Myndighetssamverkan",
				"Trots flera påminnelser har Rinkeby sdf");
		assertAccessible();
	}

	@Test
	void table_1_3_of_2002_and_2003_shows_the_source_documents_figures_as_they_were_and_rolled_up() {
		login("handlaggare");
		open("/statistics/funds?from=2002&to=2003");
		assertThat(find("#per-year").getText()).contains("uppgift saknas", "15 528 000");
		assertAccessible();

		open("/statistics/funds/projects?from=2002&to=2003");
		assertThat(heading()).isEqualTo("Projekt per förvaltning");
		assertThat(find("#project-table").getText()).contains("Rinkeby", "Kista", "15 528");
		assertAccessible();
		find("#lineage-today").click();
		clickAndWait("#show");
		assertThat(browser().getCurrentUrl()).contains("lineage=today");
		assertThat(find("#project-table").getText()).contains("Järva").doesNotContain("Rinkeby");
		assertAccessible();
	}
}
