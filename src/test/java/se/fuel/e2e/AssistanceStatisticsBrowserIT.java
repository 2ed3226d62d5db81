package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.TestData;

/**
 * The economic-assistance pages in a real browser: chart and table as a reader, import with its report and the
 * district comparison as an officer, over figures the test imports for districts of its own through the import API.
 * The series' break of November 2002 is every database's, from its migrations.
 */
class AssistanceStatisticsBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	Organisations organisations;

	private OrganisationSummary district() {
		UUID id = data.district();
		return organisations.find(id).orElseThrow();
	}

	private AssistanceImports imports() {
		return new AssistanceImports(url(""), data.officer());
	}

	@Test
	void a_reader_opens_the_series_from_the_home_page_with_its_break_and_it_is_accessible() throws Exception {
		// Adult recipients 1999–2004, registered per household until the change of November 2002 and per individual
		// since, the unemployed among them from 2001, and the barriers of the last month for the shares.
		OrganisationSummary district = district();
		YearMonth change = YearMonth.of(2002, 11);
		List<String> rows = new ArrayList<>(AssistanceImports.monthly(district.code(), "vuxna", "alla", 1999, 2004,
				1_200, -5, "hushall", "individ", change));
		rows.addAll(AssistanceImports.monthly(district.code(), "vuxna", "arbetsloshet", 2001, 2004, 400, -2,
				"hushall", "individ", change));
		rows.add(district.code() + ";2004-12;vuxna;sociala_medicinska;individ;250");
		rows.add(district.code() + ";2004-12;vuxna;ovriga;individ;100");
		imports().stored(rows);

		login(data.reader());
		clickAndWait("#home-statistics");
		assertThat(heading()).isEqualTo("Ekonomiskt bistånd");
		assertThat(find("svg.fuel-chart title").getAttribute("textContent")).contains("Vuxna bidragstagare");
		assertThat(find("#series-breaks").getText()).contains("Seriebrott från nov 2002");
		assertThat(find("#shares-chart title").getAttribute("textContent")).contains("Andelar per försörjningshinder");
		assertAccessible();
		// A district and one barrier category, measured against another base year: still the break.
		open("/statistics/assistance?organisation=" + district.code()
				+ "&measure=vuxna&category=arbetsloshet&from=2001&to=2004&base=2001");
		assertThat(find("#figure-heading").getText()).contains(district.name());
		assertThat(find("#series-breaks").getText()).contains("Seriebrott från nov 2002");
		assertAccessible();
		find("#organisation").sendKeys(district.name());
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
		OrganisationSummary district = district();
		login(data.officer());
		open("/statistics/assistance");
		clickAndWait("#assistance-import-link");
		assertThat(heading()).isEqualTo("Importera siffror om ekonomiskt bistånd");
		assertAccessible();
		clickAndWait("#import-submit");
		assertThat(find(".govuk-error-summary").getText()).contains("Fil: välj en CSV- eller JSON-fil");
		assertAccessible();
		Path file = Files.createTempFile("trasig-", ".csv");
		Files.writeString(file, AssistanceImports.HEADER + district.code() + ";1961-01;vuxna;alla;individ;12x\n",
				StandardCharsets.UTF_8);
		find("#file").sendKeys(file.toAbsolutePath().toString());
		find("#policy-refuse").click();
		clickAndWait("#import-submit");
		waiting().withTimeout(Duration.ofSeconds(60))
			.until(d -> !d.findElements(org.openqa.selenium.By.id("import-message")).isEmpty());
		assertThat(find("#rejections").getText()).contains("\"12x\" är inget tal");
		assertAccessible();
		Files.deleteIfExists(file);
	}

	@Test
	void an_officer_compares_districts_and_the_result_is_accessible() throws Exception {
		// The form's default: adult recipients per 1 000 inhabitants in 2003, explained by unemployment and the share
		// born abroad, for five districts of the test's own (a fit on two variables needs four).
		long[] recipients = { 520, 610, 450, 700, 580 };
		long[] inhabitants = { 30_000, 34_000, 28_000, 41_000, 36_000 };
		String[] unemployed = { "3.1", "4.7", "2.6", "6.0", "4.2" };
		String[] bornAbroad = { "12.5", "18.0", "21.5", "15.0", "30.5" };
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < recipients.length; i++) {
			String code = district().code();
			rows.addAll(AssistanceImports.monthly(code, "vuxna", "alla", 2003, 2003, recipients[i], 3 - i, "individ",
					"individ", YearMonth.of(2003, 1)));
			rows.add(AssistanceImports.yearly(code, "befolkning", 2003, Long.toString(inhabitants[i])));
			rows.add(AssistanceImports.yearly(code, "arbetsloshet", 2003, unemployed[i]));
			rows.add(AssistanceImports.yearly(code, "utrikes_fodda", 2003, bornAbroad[i]));
		}
		imports().stored(rows);

		login(data.officer());
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
