package se.fuel.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the knowledge bank's pages show, read the same way by its browser tests on the demo and on their own data. */
final class KnowledgeHits {

	private KnowledgeHits() {
	}

	/** The titles of the search page's hits, in their order. */
	static List<String> titles(WebDriver browser) {
		return browser.findElements(By.cssSelector("#knowledge-hits li h3 a")).stream().map(WebElement::getText)
			.toList();
	}

	/** Waits for what htmx loads after the page (similar projects). */
	static void waitFor(WebDriver browser, String css) {
		BrowserTest.waitingIn(browser).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
	}
}
