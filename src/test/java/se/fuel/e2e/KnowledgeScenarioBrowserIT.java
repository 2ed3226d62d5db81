package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5's scenario walked in a real browser, every page checked with axe-core: a reader searches the knowledge bank
 * in Swedish, filters by area and year and opens an item with its similar projects; the officer sees similar earlier
 * projects on a 2027 application's assessment; a draft stays invisible to the reader. (The publish stopped by a
 * personnummer in an attachment is {@link PersonalIdentityNumberBrowserIT}.)
 */
class KnowledgeScenarioBrowserIT extends DemoBrowserTest {

	static final String APPLICATION_2027 = "Hela familjen i fokus – familjeinriktat arbete inom ekonomiskt bistånd";

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
		clickAndWait("#knowledge-search-submit");
		long inArea = found();
		assertThat(inArea).isPositive().isLessThan(all);
		assertThat(find("input[name=area][value='arbetsmarknad']").isSelected()).isTrue();
		check("input[name=year][value='2003']");
		clickAndWait("#knowledge-search-submit");
		assertThat(found()).isPositive().isLessThan(inArea);
		assertThat(browser().findElements(By.cssSelector("#knowledge-hits li p.govuk-body-s span:first-of-type")))
			.allSatisfy(year -> assertThat(year.getText()).isEqualTo("2003"));
		assertThat(browser().getCurrentUrl()).contains("area=arbetsmarknad", "year=2003");
		assertAccessible();

		String title = hitTitles().get(0);
		clickAndWait("#knowledge-hits li:first-child h3 a");
		assertThat(heading()).isEqualTo(title);
		waitFor("#knowledge-similar-items li");
		List<WebElement> similar = browser().findElements(By.cssSelector("#knowledge-similar-items > li"));
		assertThat(similar).hasSizeBetween(1, 5);
		assertThat(find("#knowledge-similar").getText()).contains("Liknande projekt").containsAnyOf("Samma målgrupp",
				"Samma metod", "Gemensamma ord");
		assertAccessible();

		clickAndWait(similar.get(0).findElement(By.cssSelector("a")));
		assertThat(heading()).isNotEqualTo(title);
		assertAccessible();
	}

	@Test
	void an_officer_sees_similar_earlier_projects_on_a_2027_applications_assessment() {
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/assessments']");
		clickAndWait(browser().findElement(By.linkText(APPLICATION_2027)));
		assertThat(heading()).contains(APPLICATION_2027);
		waitFor("#assessment-similar-items li");
		List<WebElement> similar = browser().findElements(By.cssSelector("#assessment-similar-items > li"));
		assertThat(similar).hasSize(5);
		assertThat(similar).allSatisfy(item -> assertThat(item.getText()).matches("(?s).*(19|20)\\d\\d.*"));
		assertThat(find("#assessment-similar").getText()).contains("Gemensamma ord:");
		assertAccessible();
		String assessment = browser().getCurrentUrl();

		// The page a browser without JavaScript reaches through the fallback link.
		open(java.net.URI.create(assessment).getPath() + "/similar");
		assertThat(find("main").getText()).contains("Liknande projekt", "Gemensamma ord:");
		assertAccessible();
		browser().get(assessment);
		waitFor("#assessment-similar-items li");
		similar = browser().findElements(By.cssSelector("#assessment-similar-items > li"));

		String first = similar.get(0).findElement(By.cssSelector("a")).getText();
		clickAndWait(similar.get(0).findElement(By.cssSelector("a")));
		assertThat(heading()).isEqualTo(first);
		assertAccessible();
	}

	@Test
	void a_draft_is_not_found_by_a_reader() {
		login("handlaggare");
		open("/knowledge/new");
		String title = "Utkast som läsaren inte ser " + System.nanoTime();
		new Select(find("#kind")).selectByVisibleText("Rapport");
		find("#title").sendKeys(title);
		find("#summary").sendKeys("Ett utkast.");
		find("#year").sendKeys("2026");
		clickAndWait("#knowledge-save");
		assertThat(heading()).isEqualTo(title);
		String draft = browser().getCurrentUrl();
		logout();

		login("lasare");
		browser().get(draft);
		assertThat(heading()).isEqualTo("Sidan hittades inte");
		assertThat(find("main").getText()).doesNotContain(title);
		assertAccessible();
		open("/knowledge?q=" + title.replace(' ', '+'));
		assertThat(hitTitles()).doesNotContain(title);
	}

	private void search(String words) {
		find("#q").clear();
		find("#q").sendKeys(words);
		// A new search starts without the previous one's filters.
		for (WebElement box : browser().findElements(By.cssSelector("#knowledge-search input[type=checkbox]"))) {
			if (box.isSelected()) {
				click(box);
			}
		}
		clickAndWait("#knowledge-search-submit");
	}

	private void check(String css) {
		WebElement box = find(css);
		if (!box.isSelected()) {
			click(box);
		}
	}

	/** GOV.UK draws the checkbox over its input: clicking the label is what a user does. */
	private void click(WebElement box) {
		find("label[for='" + box.getAttribute("id") + "']").click();
	}

	private long found() {
		return Long.parseLong(find("#knowledge-results").getText().replaceAll("\\D", ""));
	}

	private List<String> hitTitles() {
		return browser().findElements(By.cssSelector("#knowledge-hits li h3 a")).stream().map(WebElement::getText)
			.toList();
	}

	private void waitFor(String css) {
		new WebDriverWait(browser(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
	}
}
