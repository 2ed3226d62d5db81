package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.calls.TestCall;

/**
 * The scenario as a new user walks it, in a real Chromium, with axe-core on every page on the way: a district
 * (Farsta in the issue) drafts an application to a LUM call of the test's own year that asks more than the cap and
 * lacks a gender-equality analysis, sees both problems in Swedish at once with the draft kept, fixes them and gets a
 * registration number; another district (Södermalm) cannot find it by list, page or API; the fund officer sees it
 * with the call's total requested.
 */
class ApplicationScenarioBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	RoundJourneys journeys;

	@BeforeEach
	void journeys() {
		journeys = new RoundJourneys(context, url(""));
	}

	@Test
	void farsta_applies_sodermalm_cannot_see_it_and_the_officer_can() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String title = "Stegvis mot arbete " + tag;
		int year = journeys.cycle.year();
		String callTitle = "Lokala utvecklingsmedel " + year + " " + tag;
		journeys.call(TestCall.lum(year).title(callTitle));
		String farsta = journeys.data.applicant(journeys.data.district());
		String sodermalm = journeys.data.applicant(journeys.data.district());

		login(farsta);
		assertAccessible();

		open("/calls");
		assertAccessible();
		clickAndWait(browser().findElement(By.partialLinkText(callTitle)));
		assertThat(heading()).contains(Integer.toString(year));
		assertThat(browser().getPageSource()).contains(TestCall.CRITERIA.get(0));
		assertAccessible();

		clickAndWait("main a[href*='/applications/new']");
		assertAccessible();
		type("title", title);
		type("contactName", "Fatima Farsta");
		type("contactEmail", "fatima@farsta.example");
		type("requestedAmount", "800000");
		type("budgetLines", "Projektledare 50 %");
		type("budgetLines-0-amount", "800000");
		type("startDate", year + "-02-01");
		type("endDate", year + "-12-31");
		type("targetGroup", "Unga vuxna med försörjningsstöd");
		type("problem", "Många unga vuxna har långvarigt försörjningsstöd.");
		type("goals", "Fler ska gå vidare till arbete eller studier.");
		type("method", "Stegvis arbetsträning med en fast kontaktperson.");
		type("implementationPlan", "Arbetssättet förs in i ordinarie verksamhet året efter.");
		assertThat(find(".govuk-character-count__status").getText()).as("live word counter in Swedish")
			.matches("Du har \\d+ ord kvar");
		clickButton("Skicka in");

		WebElement summary = find(".govuk-error-summary");
		assertThat(summary.getText()).contains("Sökt belopp (800 000 kronor) är högre än utlysningens högsta belopp")
			.contains("Jämställdhetsanalys måste fyllas i");
		assertThat(summary.findElement(By.cssSelector("a[href='#requestedAmount']")).isDisplayed()).isTrue();
		assertThat(summary.findElement(By.cssSelector("a[href='#genderAnalysis']")).isDisplayed()).isTrue();
		assertThat(value("title")).isEqualTo(title);
		assertThat(value("method")).isEqualTo("Stegvis arbetsträning med en fast kontaktperson.");
		assertAccessible();

		type("requestedAmount", "600000");
		type("budgetLines-0-amount", "600000");
		type("genderAnalysis", "Kvinnor och män får lika mycket tid; utfallet följs upp per kön.");
		clickButton("Skicka in");

		assertThat(find(".govuk-panel").getText()).contains("Ansökan inskickad").containsPattern("FoU " + year + "/\\d{4}");
		String applicationPath = browser().getCurrentUrl().replace(url(""), "").replace("/receipt", "");
		assertAccessible();

		logout();
		login(sodermalm);
		open("/applications");
		assertThat(browser().getPageSource()).doesNotContain(title);
		assertAccessible();
		open(applicationPath);
		assertThat(heading()).isEqualTo("Sidan hittades inte");
		assertAccessible();
		assertThat(journeys.status(sodermalm, "/api/v1" + applicationPath)).isEqualTo(404);
		assertThat(journeys.status(farsta, "/api/v1" + applicationPath)).isEqualTo(200);

		logout();
		login(journeys.data.officer());
		open("/applications");
		assertThat(browser().getPageSource()).contains(title);
		assertThat(mainText()).contains(callTitle + ": 1 ansökan, sökt totalt 600 000 kronor");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("main").getText()).contains("Händelser").containsPattern("600[\\s\u00a0]000");
		assertAccessible();
	}

	private String value(String id) {
		return browser().findElement(By.id(id)).getDomProperty("value");
	}

	private void clickButton(String text) {
		clickAndWait(browser().findElement(By.xpath("//main//button[normalize-space()='" + text + "']")));
	}
}
