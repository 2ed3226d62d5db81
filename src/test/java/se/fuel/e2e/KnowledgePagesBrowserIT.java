package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The knowledge bank in a real browser, checked with axe-core: the reader's list and the test's own published report,
 * then the officer's new draft (with the form's error summary once), its page and publishing it.
 */
class KnowledgePagesBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	@Test
	void the_knowledge_bank_pages_are_accessible_and_an_officer_publishes_a_draft() {
		var items = new KnowledgeItems(context);
		String report = "Uppföljning av boendestöd " + System.nanoTime();
		items.report(report, "Vad boendestödet gav de boende.", cycle.year());

		login(data.reader());
		open("/knowledge");
		assertThat(heading()).isEqualTo("Kunskapsbanken");
		assertThat(find("#knowledge-hits").getText()).contains("Rapport");
		assertAccessible();
		// The bank holds other tests' items too: the reader narrows it to this test's own programme.
		open("/knowledge?programme=" + items.programme());
		clickAndWait("#knowledge-hits li:first-child h3 a");
		assertThat(heading()).isEqualTo(report);
		assertThat(find("#kind").getText()).isNotBlank();
		assertThat(browser().getPageSource()).doesNotContain("Händelser");
		assertAccessible();
		logout();

		login(data.officer());
		open("/knowledge/new");
		assertThat(heading()).isEqualTo("Nytt objekt i kunskapsbanken");
		assertAccessible();
		clickAndWait("#knowledge-save");
		assertThat(find(".govuk-error-summary").getText()).contains("Välj typ av kunskap.", "Skriv en titel.");
		assertAccessible();
		String title = "Brukarskola i praktiken " + System.nanoTime();
		new Select(find("#kind")).selectByVisibleText("Metod");
		find("#title").sendKeys(title);
		find("#summary").sendKeys("Brukare lär brukare: en skola på boendet.");
		find("#year").sendKeys(String.valueOf(cycle.year()));
		find("#areaCodes").click();
		find("#targetGroups").sendKeys("Boende på behandlingsenhet");
		clickAndWait("#knowledge-save");
		assertThat(heading()).isEqualTo(title);
		assertThat(find("#draft-notice").getText()).contains("Utkast");
		assertAccessible();
		open("/knowledge/drafts");
		assertThat(find("#knowledge-drafts").getText()).contains(title);
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(title)));
		clickAndWait("#status");
		assertThat(find(".govuk-notification-banner").getText()).contains("Objektet är publicerat.");
		assertThat(browser().findElements(By.id("draft-notice"))).isEmpty();
		assertAccessible();
	}
}
