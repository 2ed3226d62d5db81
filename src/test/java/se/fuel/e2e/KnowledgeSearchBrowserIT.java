package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search scenario in a real browser, checked with axe-core: a reader searches "utvecklingsmedel", filters
 * by year, opens an item and sees its similar projects; the officer's index page.
 */
class KnowledgeSearchBrowserIT extends DemoBrowserTest {

	@Test
	void a_reader_searches_filters_and_opens_an_item_with_similar_projects() {
		login("lasare");
		open("/knowledge?q=utvecklingsmedel");
		assertThat(find("#knowledge-hits").getText()).contains("Nya mottagningen, arbetslösa under 25 år");
		assertThat(browser().findElements(By.cssSelector("#knowledge-hits mark"))).isNotEmpty();
		assertAccessible();

		open("/knowledge?q=f%C3%B6rs%C3%B6rjningsst%C3%B6d");
		browser().findElement(By.cssSelector("input[name=year][value='2003']")).click();
		clickAndWait("#knowledge-search-submit");
		assertThat(find("#knowledge-hits").getText()).contains("2003").doesNotContain("2002\n");
		assertThat(browser().findElement(By.cssSelector("input[name=year][value='2003']")).isSelected()).isTrue();
		assertAccessible();

		clickAndWait("#knowledge-hits li:first-child h3 a");
		new WebDriverWait(browser(), Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector("#knowledge-similar h2")).isEmpty());
		assertThat(find("#knowledge-similar").getText()).contains("Liknande projekt");
		assertAccessible();
		logout();

		login("handlaggare");
		open("/knowledge/index");
		assertThat(heading()).isEqualTo("Sökindex");
		assertAccessible();
	}
}
