package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The knowledge bank's tour over the demo corpus in a real browser, every page checked with axe-core: the searches
 * docs/product.md tells a visitor to try as {@code lasare} ("utvecklingsmedel", "försörjningsstöd unga", "ASI"), the
 * area and year filters and an item's similar projects. It stays on the demo because what it checks is what those
 * searches find among the demo's reports and methods (the ranking of the demo's ASI method, young people's projects
 * among the first five, 2003's projects of the labour-market area); the same pages over a test's own items are
 * {@link KnowledgeSearchBrowserIT} and {@link KnowledgeScenarioBrowserIT}.
 */
class KnowledgeDemoTourBrowserIT extends DemoBrowserTest {

	@Test
	void a_reader_searches_in_swedish_filters_by_area_and_year_and_opens_similar_projects() {
		login("lasare");
		clickAndWait("nav.fuel-nav a[href='/knowledge']");
		search("utvecklingsmedel");
		assertThat(hitTitles()).contains("Nya mottagningen, arbetslösa under 25 år");
		assertThat(browser().findElements(By.cssSelector("#knowledge-hits mark")))
			.anySatisfy(mark -> assertThat(mark.getText().toLowerCase()).startsWith("utvecklingsmed"));
		assertAccessible();

		search("försörjningsstöd unga");
		List<String> young = hitTitles();
		assertThat(young).isNotEmpty();
		assertThat(young.subList(0, Math.min(5, young.size())))
			.anyMatch(t -> t.contains("ungdomar") || t.contains("under 25") || t.contains("Unga"));
		assertAccessible();

		search("ASI");
		assertThat(hitTitles().get(0)).isEqualTo("ASI-metoden (Addiction Severity Index)");
		assertAccessible();

		search("försörjningsstöd");
		long all = found();
		check("input[name=area][value='arbetsmarknad']");
		long inArea = found();
		assertThat(inArea).isPositive().isLessThan(all);
		assertThat(find("input[name=area][value='arbetsmarknad']").isSelected()).isTrue();
		check("input[name=year][value='2003']");
		assertThat(found()).isPositive().isLessThan(inArea);
		assertThat(browser().findElements(By.cssSelector("#knowledge-hits li p.govuk-body-s span:first-of-type")))
			.allSatisfy(year -> assertThat(year.getText()).isEqualTo("2003"));
		assertThat(browser().getCurrentUrl()).contains("area=arbetsmarknad", "year=2003");
		assertAccessible();

		String title = hitTitles().get(0);
		clickAndWait("#knowledge-hits li:first-child h3 a");
		assertThat(heading()).isEqualTo(title);
		KnowledgeHits.waitFor(browser(), "#knowledge-similar-items li");
		List<WebElement> similar = browser().findElements(By.cssSelector("#knowledge-similar-items > li"));
		assertThat(similar).hasSizeBetween(1, 5);
		assertThat(find("#knowledge-similar").getText()).contains("Liknande projekt").containsAnyOf("Samma målgrupp",
				"Samma metod", "Gemensamma ord");
		assertAccessible();

		clickAndWait(similar.get(0).findElement(By.cssSelector("a")));
		assertThat(heading()).isNotEqualTo(title);
		assertAccessible();
	}

	private void search(String words) {
		find("#q").clear();
		find("#q").sendKeys(words);
		// A new search starts without the previous one's filters.
		while (!browser().findElements(By.cssSelector("#knowledge-search input[type=checkbox]:checked")).isEmpty()) {
			KnowledgeHits.toggle(browser(), find("#knowledge-search input[type=checkbox]:checked"));
		}
		KnowledgeHits.idle(browser());
		clickAndWait("#knowledge-search-submit");
	}

	/** Ticks a facet, which searches at once. */
	private void check(String css) {
		WebElement box = find(css);
		if (!box.isSelected()) {
			KnowledgeHits.toggle(browser(), box);
		}
	}

	private long found() {
		return Long.parseLong(find("#knowledge-results").getText().replaceAll("\\D", ""));
	}

	private List<String> hitTitles() {
		return KnowledgeHits.titles(browser());
	}
}
