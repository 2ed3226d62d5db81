package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.calls.TestCall;
import se.fuel.decisions.OwnRounds.District;

/**
 * The officer's and the applicant's other pages of calls and applications in a real browser, each checked with
 * axe-core against WCAG 2.1 A and AA: the pages the scenario test does not pass through, over calls and applications
 * of each test's own year and districts.
 */
class CallAndApplicationPagesBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	RoundJourneys journeys;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void journeys() {
		journeys = new RoundJourneys(context, url(""));
	}

	@Test
	void the_officers_call_pages_and_the_call_forms_error_summary_are_accessible() {
		int year = journeys.cycle.year();
		String callTitle = "Lokala utvecklingsmedel " + year + " " + tag;
		journeys.call(TestCall.lum(year).title(callTitle));

		login(journeys.data.officer());
		clickAndWait("nav.fuel-nav a[href='/calls']");
		assertThat(find("main").getText()).contains("Ny utlysning", callTitle);
		assertAccessible();

		clickAndWait(browser().findElement(By.partialLinkText(callTitle)));
		assertThat(find("main").getText()).contains(TestCall.CRITERIA.get(1), "Händelser");
		assertAccessible();
		clickAndWait(browser().findElement(By.partialLinkText("Ändra utlysningen")));
		assertAccessible();

		open("/calls/new");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).isNotBlank();
		assertAccessible();

		clickAndWait("nav.fuel-nav a[href='/programmes']");
		assertThat(find("main").getText()).contains("LUM", "MUL", "FoU");
		assertAccessible();
	}

	@Test
	void the_officers_application_list_with_totals_and_an_application_page_are_accessible() throws Exception {
		int year = journeys.cycle.year();
		String callTitle = "Lokala utvecklingsmedel " + year + " " + tag;
		UUID call = journeys.call(TestCall.lum(year).title(callTitle)).id();
		District farsta = journeys.rounds.district();
		District sodermalm = journeys.rounds.district();
		String digitalLots = "Digital Lots för samsjukliga " + tag;
		String prataOmDet = "Prata om det " + tag;
		journeys.cycle.submitted(farsta.applicant(), call, year, digitalLots, 300_000);
		journeys.cycle.submitted(sodermalm.applicant(), call, year, prataOmDet, 200_000);

		login(journeys.data.officer());
		clickAndWait("nav.fuel-nav a[href='/applications']");
		assertThat(mainText()).contains(digitalLots, callTitle + ": 2 ansökningar, sökt totalt 500 000 kronor");
		assertAccessible();

		// Choosing an organisation replaces only the results (htmx) and keeps the address shareable.
		new Select(find("#filter-organisation")).selectByVisibleText(farsta.name());
		// htmx swaps the results while the wait reads them: a swapped-out element is stale, so read again
		waiting()
			.until(d -> !d.findElement(By.id("application-results")).getText().contains(prataOmDet));
		assertThat(find("#application-results").getText()).contains(digitalLots);
		assertThat(browser().getCurrentUrl()).contains("organisationId=");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(digitalLots)));
		assertThat(find("main").getText()).contains(farsta.name(), "Skicka tillbaka för komplettering", "Händelser");
		assertAccessible();
	}

	@Test
	void the_study_visit_form_a_saved_draft_and_the_applicants_list_are_accessible() {
		int year = journeys.cycle.year();
		String callTitle = "Medel för utveckling och lärande " + year + " " + tag;
		journeys.call(TestCall.mul(year).title(callTitle));

		login(journeys.data.applicant(journeys.data.district()));
		open("/calls");
		clickAndWait(browser().findElement(By.partialLinkText(callTitle)));
		clickAndWait("main a[href*='/applications/new']");
		assertThat(find("main").getText()).contains("Resmål");
		assertAccessible();

		find("#title").sendKeys("Verksamhetsbesök, Malmö");
		find("#destination").sendKeys("Malmö stad, försörjningsstöd");
		clickAndWait(browser().findElement(By.xpath("//main//button[normalize-space()='Spara utkast']")));
		assertThat(find("main").getText()).contains("Verksamhetsbesök, Malmö");
		assertAccessible();

		clickAndWait("nav.fuel-nav a[href='/applications']");
		assertThat(find("main").getText()).contains("Verksamhetsbesök, Malmö", "Utkast");
		assertAccessible();
	}
}
