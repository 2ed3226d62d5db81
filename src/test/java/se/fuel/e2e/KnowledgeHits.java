package se.fuel.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the knowledge bank's pages show, read the same way by its browser tests on the demo and on their own data. */
final class KnowledgeHits {

	private KnowledgeHits() {
	}

	/** The titles of the search page's hits, in their order. */
	static List<String> titles(WebDriver browser) {
		return browser.findElements(By.cssSelector("#knowledge-hits li h3 a")).stream().map(WebElement::getText)
			.toList();
	}

	/**
	 * Ticks or unticks a facet, which searches at once: waits until htmx has swapped in the new facets and hits and
	 * has no request left (unticking several boxes in a row queues one search after the other). GOV.UK draws the box
	 * over its input: clicking the label is what a user does.
	 */
	static void toggle(WebDriver browser, WebElement box) {
		WebElement before = browser.findElement(By.id("knowledge-results-area"));
		browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
		BrowserTest.waitingIn(browser).until(ExpectedConditions.stalenessOf(before));
		idle(browser);
	}

	/**
	 * Waits until htmx has no search in flight or being swapped in: clearing the words fires the form's change, whose
	 * search replaces the results area with its Sök button.
	 */
	static void idle(WebDriver browser) {
		BrowserTest.waitingIn(browser).until(d -> d
			.findElements(By.cssSelector(".htmx-request, .htmx-swapping, .htmx-settling")).isEmpty());
	}

	/** Waits for what htmx loads after the page (similar projects). */
	static void waitFor(WebDriver browser, String css) {
		BrowserTest.waitingIn(browser).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
	}
}
