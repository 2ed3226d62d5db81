package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The search scenario in a real browser, checked with axe-core, over the test's own reports (each search
 * narrowed to their programme): a reader searches "utvecklingsmedel", filters by year, opens an item and sees its
 * similar projects; the officer's index page.
 */
class KnowledgeSearchBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	@Test
	void a_reader_searches_filters_and_opens_an_item_with_similar_projects() {
		var items = new KnowledgeItems(context);
		int year = cycle.year();
		int other = cycle.year();
		String reception = "Nya mottagningen, arbetslösa under 25 år " + items.programme();
		items.report(reception, "Lokala utvecklingsmedel gav en ny mottagning för arbetslösa unga.", other);
		items.report("Försörjningsstöd och praktik för unga vuxna " + items.programme(),
				"Unga vuxna med försörjningsstöd fick praktikplatser.", year);
		items.report("Försörjningsstöd och studier för unga vuxna " + items.programme(),
				"Unga vuxna med försörjningsstöd började studera.", other);
		String programme = "&programme=" + items.programme();

		login(data.reader());
		open("/knowledge?q=utvecklingsmedel" + programme);
		assertThat(find("#knowledge-hits").getText()).contains(reception);
		assertThat(browser().findElements(By.cssSelector("#knowledge-hits mark"))).isNotEmpty();
		assertAccessible();

		open("/knowledge?q=f%C3%B6rs%C3%B6rjningsst%C3%B6d" + programme);
		// A ticked facet searches at once, without Sök, and the address says what was searched.
		KnowledgeHits.toggle(browser(), browser().findElement(By.cssSelector("input[name=year][value='" + year + "']")));
		assertThat(find("#knowledge-hits").getText()).contains(String.valueOf(year)).doesNotContain(other + "\n");
		assertThat(browser().getCurrentUrl()).contains("year=" + year);
		assertThat(browser().findElement(By.cssSelector("input[name=year][value='" + year + "']")).isSelected())
			.isTrue();
		assertAccessible();

		clickAndWait("#knowledge-hits li:first-child h3 a");
		waiting()
			.until(d -> !d.findElements(By.cssSelector("#knowledge-similar h2")).isEmpty());
		assertThat(find("#knowledge-similar").getText()).contains("Liknande projekt");
		assertAccessible();
		logout();

		login(data.officer());
		open("/knowledge/index");
		assertThat(heading()).isEqualTo("Sökindex");
		assertAccessible();
	}
}
