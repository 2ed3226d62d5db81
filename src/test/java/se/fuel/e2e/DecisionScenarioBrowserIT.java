package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.OwnRounds;
import se.fuel.decisions.OwnRounds.Person;
import se.fuel.decisions.OwnRounds.Round;

/**
 * The second half of the fund cycle in a real Chromium, with axe-core on every page on the way: the officer allocates
 * a round of a year of the test's own whose recommendations exceed the LUM budget, is stopped naming the budget,
 * lowers an amount in place, finalises and sends the document to both attestants; each attests; the officer records
 * the committee's decision; the first district (Farsta in the issue) sees the outcome. The round, its two districts
 * and the attestants are the test's own, set up through the API as the applicants and the officer would.
 */
class DecisionScenarioBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	// The committee cannot decide in the future, nor before the attestations made today.
	static final String DECIDED_ON = LocalDate.now(SwedishFormat.ZONE).toString();

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final String farstaTitle = "Samordnat stöd " + tag;

	final String sodermalmTitle = "Tidiga samtal " + tag;

	@Test
	void allocate_over_budget_fix_finalise_attest_decide_and_the_applicant_sees_the_outcome() throws Exception {
		var rounds = new OwnRounds(context);
		Round round = rounds.round(500_000, 3);
		int year = round.year();
		String callTitle = "Lokala utvecklingsmedel " + year + " (test)";
		rounds.granted(round, round.first(), farstaTitle, 300_000);
		UUID sodermalm = rounds.granted(round, round.second(), sodermalmTitle, 300_000);
		Person first = rounds.attestant();
		Person second = rounds.attestant();

		login(round.officer());
		open("/allocation/" + year);
		assertThat(find("main").getText()).contains(farstaTitle, sodermalmTitle);
		assertAccessible();
		clickButton("Fastställ fördelningen");
		assertThat(find(".govuk-error-summary").getText()).contains(callTitle);
		assertAccessible();

		// The workbench posts a changed amount with htmx and swaps in the new totals.
		WebElement amount = find("#amount-" + sodermalm);
		// Selected and overtyped: clearing would itself be a change, posted at once as an empty amount. Leaving the
		// field by clicking the heading keeps the focus off the buttons, whose focus style axe measures mid-change.
		amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "200000");
		find("h1").click();
		waiting()
			.until(d -> find("#grand-total").getText().replace('\u00a0', ' ').contains("500 000"));
		assertThat(browser().findElements(By.cssSelector("#violations"))).isEmpty();
		assertAccessible();
		clickButton("Fastställ fördelningen");
		assertThat(browser().getCurrentUrl()).contains("/decisions/documents/");
		String documentPath = browser().getCurrentUrl().replace(url(""), "");
		assertThat(heading()).isNotBlank();
		assertThat(find("main").getText().replace('\u00a0', ' '))
			.contains("Fastställd", "Version 1", "500 000 kronor", farstaTitle, sodermalmTitle);
		assertAccessible();

		check(first.displayName());
		check(second.displayName());
		clickButton("Skicka för attest");
		assertThat(find("main").getText()).contains("Skickad för attest", "Väntar");
		assertAccessible();

		for (Person attestant : new Person[] { first, second }) {
			logout();
			login(attestant.username());
			clickAndWait("nav.fuel-nav a[href='/decisions/attest']");
			assertAccessible();
			clickAndWait(browser().findElement(By.cssSelector("main a[href='" + documentPath + "']")));
			assertAccessible();
			clickButton("Attestera");
			assertThat(find(".govuk-notification-banner").getText()).contains("attesterat");
			assertAccessible();
		}

		logout();
		login(round.officer());
		open(documentPath);
		assertThat(find("main").getText()).contains("Attesterad", "Registrera nämndens beslut");
		assertAccessible();
		type("decidedOn", DECIDED_ON);
		type("paragraph", "§ 5");
		find("label[for='asProposed']").click();
		clickButton("Registrera beslutet");
		assertThat(find("main").getText()).contains("Beslutad", DECIDED_ON + ", § 5", "Beslutat enligt förslaget");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText("Alla versioner för " + year)));
		assertThat(find("main").getText()).contains("Version 1", "Beslutad");
		assertAccessible();

		logout();
		login(round.first().applicant());
		clickAndWait("nav.fuel-nav a[href='/decisions/outcomes']");
		String outcomes = find("main").getText().replace('\u00a0', ' ');
		assertThat(outcomes).contains(farstaTitle, "Beviljad", "300 000", DECIDED_ON + ", § 5")
			.doesNotContain(sodermalmTitle);
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(farstaTitle)));
		waiting()
			.until(d -> !d.findElements(By.id("outcome-heading")).isEmpty());
		assertThat(find("main").getText()).contains("Nämndens beslut", "Beviljad");
		assertAccessible();
	}

	private void check(String label) {
		browser().findElement(By.xpath("//main//label[normalize-space()='" + label + "' or starts-with(normalize-space(), '"
				+ label + ",')]")).click();
	}

	private void clickButton(String text) {
		clickAndWait(browser().findElement(By.xpath("//main//button[normalize-space()='" + text + "']")));
	}
}
