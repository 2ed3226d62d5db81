package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The R&D council in a real browser, checked with axe-core against WCAG 2.1 A and AA: the officer assigns a member
 * and is refused one with jäv, the member's list, review page and its error summary.
 */
class CouncilPagesBrowserIT extends DemoBrowserTest {

	private void check(String memberName) {
		WebElement label = browser().findElement(
				By.xpath("//section[@id='council']//label[starts-with(normalize-space(.), '" + memberName + "')]"));
		WebElement box = browser().findElement(By.id(label.getAttribute("for")));
		if (!box.isSelected()) {
			label.click();
		}
	}

	@Test
	void assigning_members_and_reviewing_are_accessible() {
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/assessments']");
		clickAndWait(browser().findElement(By.linkText("BFS (Boende med förstärkt stöd)")));
		check("Rut Lindqvist");
		clickAndWait("#council form button[type=submit]");
		assertThat(find("#council").getText()).contains("Rådsledamöterna är sparade.", "Inte inskickat");
		assertAccessible();

		open("/assessments");
		clickAndWait(browser().findElement(By.linkText("Digital Lots för samsjukliga")));
		check("Rut Lindqvist");
		clickAndWait("#council form button[type=submit]");
		assertThat(find("#council .govuk-error-summary").getText()).contains("Rut Lindqvist är jävig");
		assertAccessible();
		logout();

		login("radsledamot");
		clickAndWait("nav.fuel-nav a[href='/council']");
		assertThat(find("main").getText()).contains("BFS (Boende med förstärkt stöd)")
			.doesNotContain("Digital Lots för samsjukliga");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText("BFS (Boende med förstärkt stöd)")));
		assertThat(find("main").getText()).contains("Dina betyg", "Anmäl jäv");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Huvudkriterium 1: sätt ett betyg från 1 till 5.");
		assertAccessible();
	}
}
