package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Bevakningar in a real browser, checked with axe-core: a reader follows a search from the search page and an area
 * from the test's own item, sees and removes them on "Mina bevakningar"; an officer administers the areas.
 */
class KnowledgeSubscriptionBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	@Test
	void a_reader_follows_a_search_and_an_area_and_removes_a_subscription() {
		var items = new KnowledgeItems(context);
		String title = "Boendestöd i egen lägenhet " + System.nanoTime();
		items.report(title, "Boendestöd för unga vuxna med eget kontrakt.", cycle.year());

		login(data.reader());
		open("/knowledge?q=boendest%C3%B6d");
		assertThat(find("#follow-search").getText()).isEqualTo("Bevaka den här sökningen");
		assertAccessible();
		clickAndWait("#follow-search");
		assertThat(browser().getCurrentUrl()).endsWith("/knowledge/subscriptions");
		assertThat(heading()).isEqualTo("Mina bevakningar");
		assertThat(find(".govuk-notification-banner").getText()).contains("Du bevakar nu sökningen ”boendestöd”.");
		assertThat(find("#subscriptions").getText()).contains("Sökningen ”boendestöd”");
		assertAccessible();

		open("/knowledge?q=boendest%C3%B6d&programme=" + items.programme());
		clickAndWait("#knowledge-hits li:first-child h3 a");
		assertThat(heading()).isEqualTo(title);
		assertAccessible();
		var follow = browser().findElement(By.cssSelector("#knowledge-follow button[id^=follow-area-]"));
		String area = follow.getText().substring("Bevaka området ".length());
		clickAndWait(follow);
		assertThat(find("#subscriptions").getText()).contains("Området " + area);

		var remove = browser().findElement(By.xpath(
				"//table[@id='subscriptions']//tr[contains(., 'Sökningen ”boendestöd”')]//button"));
		clickAndWait(remove);
		assertThat(find(".govuk-notification-banner").getText()).contains("Bevakningen är borttagen.");
		assertThat(find("main").getText()).doesNotContain("Sökningen ”boendestöd”").contains("Området " + area);
		assertAccessible();
	}

	@Test
	void an_officer_adds_an_area_after_a_mistake() {
		login(data.officer());
		open("/knowledge/areas");
		assertThat(heading()).isEqualTo("Områden");
		assertAccessible();

		find("#code").sendKeys("Fel kod");
		clickAndWait("#area-add");
		assertThat(find(".govuk-error-summary").getText()).contains("Kod: skriv 2–60 tecken",
				"Namn: skriv områdets namn med 1–200 tecken.");
		assertThat(find("#code").getAttribute("value")).isEqualTo("Fel kod");
		assertAccessible();

		String code = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
		find("#code").clear();
		find("#code").sendKeys(code);
		find("#label").sendKeys("Webbområde " + code);
		clickAndWait("#area-add");
		assertThat(find("#area-" + code).getText()).contains("I bruk");
		assertThat(find("#label-" + code).getAttribute("value")).isEqualTo("Webbområde " + code);
	}
}
