package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The economic-assistance pages in a real browser: chart and table as läsare, import with its report as handläggare. */
class AssistanceStatisticsBrowserIT extends DemoBrowserTest {

	@Test
	void a_reader_opens_the_series_from_the_home_page_with_its_break_and_it_is_accessible() {
		login("lasare");
		clickAndWait("#home-statistics");
		assertThat(heading()).isEqualTo("Ekonomiskt bistånd");
		assertThat(find("svg.fuel-chart title").getAttribute("textContent")).contains("Vuxna bidragstagare");
		assertThat(find("#series-breaks").getText()).contains("Seriebrott från nov 2002");
		assertThat(find("#shares-chart title").getAttribute("textContent")).contains("Andelar per försörjningshinder");
		assertAccessible();
		// A district and one barrier category, measured against another base year: still the break.
		open("/statistics/assistance?organisation=farsta&measure=vuxna&category=arbetsloshet&from=2001&to=2004&base=2001");
		assertThat(find("#figure-heading").getText()).contains("Farsta");
		assertThat(find("#series-breaks").getText()).contains("Seriebrott från nov 2002");
		assertAccessible();
		find("#organisation").sendKeys("Farsta");
		find("#from").clear();
		find("#from").sendKeys("tidigt");
		clickAndWait("#assistance-show");
		assertThat(find(".govuk-error-summary").getText()).contains("Från år: skriv ett år");
		assertAccessible();
		open("/statistics");
		assertThat(heading()).isEqualTo("Statistik");
		assertAccessible();
	}

	@Test
	void an_officer_imports_a_broken_file_and_reads_the_report_which_is_accessible() throws Exception {
		login("handlaggare");
		open("/statistics/assistance");
		clickAndWait("#assistance-import-link");
		assertThat(heading()).isEqualTo("Importera siffror om ekonomiskt bistånd");
		assertAccessible();
		clickAndWait("#import-submit");
		assertThat(find(".govuk-error-summary").getText()).contains("Fil: välj en CSV- eller JSON-fil");
		assertAccessible();
		Path file = Files.createTempFile("trasig-", ".csv");
		Files.writeString(file, "organisation;period;mått;kategori;nivå;värde\nfarsta;1961-01;vuxna;alla;individ;12x\n",
				StandardCharsets.UTF_8);
		find("#file").sendKeys(file.toAbsolutePath().toString());
		find("#policy-refuse").click();
		clickAndWait("#import-submit");
		new WebDriverWait(browser(), Duration.ofSeconds(60))
			.until(d -> !d.findElements(org.openqa.selenium.By.id("import-message")).isEmpty());
		assertThat(find("#rejections").getText()).contains("\"12x\" är inget tal");
		assertAccessible();
		Files.deleteIfExists(file);
	}

	@Test
	void an_officer_compares_districts_and_the_result_is_accessible() {
		login("handlaggare");
		open("/statistics/assistance");
		clickAndWait("#assistance-comparison-link");
		assertThat(heading()).isEqualTo("Jämför stadsdelar");
		assertAccessible();
		clickAndWait("#comparison-run");
		assertThat(find("#comparison-r2").getText()).contains("R²");
		assertThat(find("#comparison-chart title").getAttribute("textContent")).contains("faktiskt och förväntat");
		assertThat(find("#export-xlsx").getAttribute("href")).contains("/statistics/assistance/comparison.xlsx?");
		assertAccessible();
		// Without a variable to explain with, the form says so.
		open("/statistics/assistance/comparison?run=1&measure=vuxna&year=2003");
		assertThat(find(".govuk-error-summary").getText()).isNotBlank();
		assertAccessible();
	}
}
