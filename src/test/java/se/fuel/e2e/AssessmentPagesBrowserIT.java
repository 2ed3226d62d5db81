package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.assessment.Recommendation;
import se.fuel.calls.TestCall;

/**
 * The officer's assessment pages in a real browser, checked with axe-core against WCAG 2.1 A and AA, including the
 * error summary of a rejected recommendation, over a call of the test's own with criteria and priority areas and
 * applications recommended for a grant, for a rejection and not yet assessed.
 */
class AssessmentPagesBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void the_assessment_list_an_assessment_and_its_error_summary_are_accessible() throws Exception {
		var journeys = new RoundJourneys(context, url(""));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		int year = journeys.cycle.year();
		UUID call = journeys.call(TestCall.lum(year).title("Lokala utvecklingsmedel " + year + " " + tag)).id();
		String title = "Digital Lots för samsjukliga " + tag;
		journeys.cycle.submitted(journeys.data.applicant(journeys.data.district()), call, year, title, 400_000);
		UUID granted = journeys.cycle.submitted(journeys.data.applicant(journeys.data.district()), call, year,
				"BFS (Boende med förstärkt stöd) " + tag, 300_000);
		journeys.assess(granted, Recommendation.GRANT);
		UUID rejected = journeys.cycle.submitted(journeys.data.applicant(journeys.data.district()), call, year,
				"Prata om det " + tag, 200_000);
		journeys.assess(rejected, Recommendation.REJECT);

		login(journeys.data.officer());
		clickAndWait("nav.fuel-nav a[href='/assessments']");
		assertThat(find("main").getText()).contains(title, "Beviljas", "Avslås");
		assertAccessible();

		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("main").getText()).contains("Huvudkriterium 1", "Prioriterat område 1", "Förslag till beslut",
				"Händelser");
		assertAccessible();

		find("label[for='recommendation-partial']").click();
		find("#partialAmount").clear();
		find("#partialAmount").sendKeys("0");
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Reducerat belopp");
		assertThat(find("#partialAmount").getAttribute("value")).isEqualTo("0");
		assertAccessible();

		open("/assessments/reasons");
		assertThat(find("main").getText()).contains("Avslagsgrunder");
		assertAccessible();
	}
}
