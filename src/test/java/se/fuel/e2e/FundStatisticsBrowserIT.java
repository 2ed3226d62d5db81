package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fund statistics pages in a real browser, checked with axe-core: reached from the navigation, table 1.3 of
 * 2002–2003 as it was and rolled up into today's organisations with its chart, the overview rolled up and filtered by
 * programme, the outcomes with their chart, an error in the years, and an applicant's view and landing page.
 */
class FundStatisticsBrowserIT extends DemoBrowserTest {

	@Test
	void the_fund_statistics_pages_are_accessible_for_officers_and_applicants() {
		login("handlaggare");
		open("/");
		clickAndWait("nav a[href$='/statistics']");
		assertThat(heading()).isEqualTo("Statistik");
		assertAccessible();
		clickAndWait("#statistics-funds");
		assertThat(heading()).isEqualTo("Ansökningar och beviljade medel");
		assertThat(find("#per-year").getText()).contains("Totalt");
		assertThat(find("#granted-chart title").getAttribute("textContent")).startsWith("Beviljat belopp per år");
		assertAccessible();

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
		assertThat(find("#export-xlsx").getAttribute("href")).contains("/statistics/funds/projects.xlsx?",
				"lineage=today");

		assertThat(find("#projects-chart title").getAttribute("textContent")).startsWith("Beviljat belopp per ledande");
		assertAccessible();

		// The overview rolled up into today's organisations and narrowed to one programme by its checkbox.
		open("/statistics/funds?from=2002&to=2024");
		find("#lineage-today").click();
		find("input[name=programme][value=LUM]").click();
		clickAndWait("#show");
		assertThat(browser().getCurrentUrl()).contains("lineage=today", "programme=LUM");
		assertThat(find("input[name=programme][value=LUM]").isSelected()).isTrue();
		assertThat(find("#per-programme").getText()).contains("LUM").doesNotContain("MUL");
		assertAccessible();

		open("/statistics/funds/outcomes?from=2024&to=2024");
		assertThat(heading()).isEqualTo("Deltagare och utfall");
		assertThat(find("#outcomes-by-gender").getText()).contains("Arbete", " av ");
		assertThat(find("#outcomes-chart title").getAttribute("textContent")).startsWith("Deltagare per utfall");
		assertAccessible();
		open("/statistics/funds/outcomes?from=2024&to=2024&programme=LUM");
		assertAccessible();

		open("/statistics/funds/projects?from=2002&to=2003");
		find("#from").clear();
		find("#from").sendKeys("tjugo");
		clickAndWait("#show");
		assertThat(find(".govuk-error-summary").getText()).contains("Från år måste vara ett årtal med fyra siffror");
		assertAccessible();
		logout();

		login("farsta");
		open("/statistics/funds");
		assertThat(find("#own-organisation-note").getText()).contains("Farsta");
		assertThat(find("#per-organisation").getText()).contains("visas ej");
		assertAccessible();
		open("/statistics");
		assertAccessible();
	}
}
