package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Issue 5's scenario walked in a real browser on the test's own data, every page checked with axe-core: the officer
 * sees similar earlier projects on an application's assessment; a draft stays invisible to the reader. (The reader's
 * searches over the demo corpus are {@link KnowledgeDemoTourBrowserIT}; the publish stopped by a personnummer in an
 * attachment is {@link PersonalIdentityNumberBrowserIT}.)
 */
class KnowledgeScenarioBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	@Test
	void an_officer_sees_similar_earlier_projects_on_an_applications_assessment() throws Exception {
		String words = UUID.randomUUID().toString().substring(0, 6);
		String application = "Hela familjen i fokus " + words + " – familjeinriktat arbete inom ekonomiskt bistånd";
		var items = new KnowledgeItems(context);
		int earlier = cycle.year();
		for (String place : List.of("Farsta", "Skärholmen", "Spånga", "Enskede", "Bromma", "Hägersten")) {
			items.report("Familjeinriktat arbete inom ekonomiskt bistånd i " + place + " " + words,
					"Hela familjen fick stöd mot egen försörjning i " + place + ".", earlier);
		}
		int year = cycle.year();
		String applicant = data.applicant(data.district());
		cycle.submitted(applicant, cycle.call(year), year, application, 300_000);

		login(data.officer());
		clickAndWait("nav.fuel-nav a[href='/assessments']");
		clickAndWait(browser().findElement(By.linkText(application)));
		assertThat(heading()).contains(application);
		KnowledgeHits.waitFor(browser(), "#assessment-similar-items li");
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
		KnowledgeHits.waitFor(browser(), "#assessment-similar-items li");
		similar = browser().findElements(By.cssSelector("#assessment-similar-items > li"));

		String first = similar.get(0).findElement(By.cssSelector("a")).getText();
		clickAndWait(similar.get(0).findElement(By.cssSelector("a")));
		assertThat(heading()).isEqualTo(first);
		assertAccessible();
	}

	@Test
	void a_draft_is_not_found_by_a_reader() {
		login(data.officer());
		open("/knowledge/new");
		String title = "Utkast som läsaren inte ser " + System.nanoTime();
		new Select(find("#kind")).selectByVisibleText("Rapport");
		find("#title").sendKeys(title);
		find("#summary").sendKeys("Ett utkast.");
		find("#year").sendKeys(String.valueOf(cycle.year()));
		clickAndWait("#knowledge-save");
		assertThat(heading()).isEqualTo(title);
		String draft = browser().getCurrentUrl();
		logout();

		login(data.reader());
		browser().get(draft);
		assertThat(heading()).isEqualTo("Sidan hittades inte");
		assertThat(find("main").getText()).doesNotContain(title);
		assertAccessible();
		open("/knowledge?q=" + title.replace(' ', '+'));
		assertThat(KnowledgeHits.titles(browser())).doesNotContain(title);
	}
}
