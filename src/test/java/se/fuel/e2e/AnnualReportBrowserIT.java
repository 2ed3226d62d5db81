package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.grants.GrantView;
import se.fuel.testdata.TestData;

/**
 * The annual report of funded projects in a real browser, checked with axe-core: reached from the officer's grant
 * list, read by a reader, with and without an error in the years asked for. The report of 2002–2003 as the source
 * documents give it is checked on the demo in {@link HistoricalGrantPagesBrowserIT}.
 */
class AnnualReportBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Test
	void the_annual_report_page_is_accessible_with_and_without_errors() throws Exception {
		var journeys = new GrantJourneys(context);
		var applicant = journeys.applicant();
		GrantView grant = journeys.granted(applicant,
				"Webbtest av årsredovisning " + UUID.randomUUID().toString().substring(0, 8), 250_000, "§ 4");
		int year = grant.year();
		int before = year - 1;

		login(journeys.officer());
		open("/grants?year=" + year);
		clickAndWait("#annual-report-link");
		assertThat(browser().getCurrentUrl()).endsWith("/grants/annual-report?year=" + year);
		assertThat(heading()).isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år " + year);
		assertThat(find("main").getText()).contains("Totalt antal projekt", "Beviljade medel per förvaltning");
		assertThat(find("#annual-summary-table").getText()).contains(applicant.organisationName(), "250 000");
		assertAccessible();
		logout();

		login(data.reader());
		open("/grants/annual-report?from=" + before + "&to=" + year);
		assertThat(heading())
			.isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år " + before + "\u2013" + year);
		assertThat(find("#annual-pdf").getAttribute("href"))
			.endsWith("/grants/annual-report.pdf?from=" + before + "&to=" + year);
		assertAccessible();

		find("#to").clear();
		find("#to").sendKeys(String.valueOf(before - 3));
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText())
			.contains("Till år får inte vara före från år (" + before + ").");
		assertAccessible();
	}
}
