package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer's and the applicant's other pages of calls and applications in a real browser, each checked with
 * axe-core against WCAG 2.1 A and AA: the pages the scenario test does not pass through.
 */
class CallAndApplicationPagesBrowserIT extends DemoBrowserTest {

	@Test
	void the_officers_call_pages_and_the_call_forms_error_summary_are_accessible() {
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/calls']");
		assertThat(find("main").getText()).contains("Ny utlysning", "Lokala utvecklingsmedel 2024");
		assertAccessible();

		clickAndWait(browser().findElement(By.partialLinkText("Lokala utvecklingsmedel 2024")));
		assertThat(find("main").getText()).contains("Projektet ska bidra till utveckling och strategiskt värde",
				"Händelser");
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
	void the_officers_application_list_with_totals_and_an_application_page_are_accessible() {
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/applications']");
		assertThat(find("main").getText()).contains("Digital Lots för samsjukliga")
			.containsPattern("14 ansökningar, sökt totalt 6[\\s\u00a0]460[\\s\u00a0]000 kronor");
		assertAccessible();

		// Choosing an organisation replaces only the results (htmx) and keeps the address shareable.
		new Select(find("#filter-organisation")).selectByVisibleText("Farsta");
		// htmx swaps the results while the wait reads them: a swapped-out element is stale, so read again
		new WebDriverWait(browser(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> !d.findElement(By.id("application-results")).getText().contains("Prata om det"));
		assertThat(find("#application-results").getText()).contains("Digital Lots för samsjukliga");
		assertThat(browser().getCurrentUrl()).contains("organisationId=");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText("Digital Lots för samsjukliga")));
		assertThat(find("main").getText()).contains("Farsta", "Skicka tillbaka för komplettering", "Händelser");
		assertAccessible();
	}

	@Test
	void the_study_visit_form_a_saved_draft_and_the_applicants_list_are_accessible() {
		login("farsta");
		open("/calls");
		clickAndWait(browser().findElement(By.partialLinkText("Medel för utveckling och lärande 2027")));
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
