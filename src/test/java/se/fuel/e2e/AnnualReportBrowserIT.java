package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The annual report of funded projects in a real browser, checked with axe-core: reached from the officer's grant
 * list, read by a reader, with and without an error in the years asked for.
 */
class AnnualReportBrowserIT extends DemoBrowserTest {

	@Test
	void the_annual_report_page_is_accessible_with_and_without_errors() {
		login("handlaggare");
		open("/grants?year=2024");
		clickAndWait("#annual-report-link");
		assertThat(browser().getCurrentUrl()).endsWith("/grants/annual-report?year=2024");
		assertThat(heading()).isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år 2024");
		assertThat(find("main").getText()).contains("Totalt antal projekt", "Beviljade medel per förvaltning");
		assertAccessible();
		logout();

		login("lasare");
		open("/grants/annual-report?from=2023&to=2024");
		assertThat(heading()).isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år 2023\u20132024");
		assertThat(find("#annual-pdf").getAttribute("href")).endsWith("/grants/annual-report.pdf?from=2023&to=2024");
		assertAccessible();

		open("/grants/annual-report?from=2002&to=2003");
		assertThat(find("#annual-summary-table").getText()).contains("Rinkeby", "3 836 000");
		assertThat(find("main").getText()).contains("2.1.1 Skärholmen – Myndighetssamverkan",
				"Trots flera påminnelser har Rinkeby sdf");
		assertAccessible();

		open("/grants/annual-report?from=2023&to=2024");
		find("#to").clear();
		find("#to").sendKeys("2020");
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Till år får inte vara före från år (2023).");
		assertAccessible();
	}
}
