package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The officer's assessment pages in a real browser, checked with axe-core against WCAG 2.1 A and AA, including the
 * error summary of a rejected recommendation. The invalid recommendation changes nothing, so the demo data stays.
 */
class AssessmentPagesBrowserIT extends DemoBrowserTest {

	@Test
	void the_assessment_list_an_assessment_and_its_error_summary_are_accessible() {
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/assessments']");
		assertThat(find("main").getText()).contains("Digital Lots för samsjukliga", "Beviljas", "Avslås");
		assertAccessible();

		clickAndWait(browser().findElement(By.linkText("Digital Lots för samsjukliga")));
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
