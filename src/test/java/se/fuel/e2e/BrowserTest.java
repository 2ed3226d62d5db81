package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.fuel.FuelIntegrationTest;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * End-to-end tests in a real headless Chromium against the whole application on a random port, on a throw-away
 * database without demo data: each test makes its own accounts and objects with {@link TestData}, {@link FundCycle}
 * and the module fixtures, and signs in as them. Tests of the demo itself extend {@link DemoBrowserTest}. One Chromium
 * for all the browser tests of a test JVM (starting one costs more than most tests); every test starts signed out, on
 * a blank page. Uses Debian's chromium and chromedriver so that nothing is downloaded while the tests run.
 */
// The same context as every other full-stack test, so that no JVM starts the application once more for them.
@FuelIntegrationTest
public abstract class BrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static WebDriver driver;

	@RegisterExtension
	static final BeforeAllCallback CHROMIUM = context -> driver = Chromium.shared(context);

	@LocalServerPort
	int port;

	@BeforeEach
	void startSignedOut() {
		// Leaving the last test's page first stops whatever it still had in flight, so that no late answer sets a
		// session cookie again; Chromium then forgets every cookie of every site without loading a page for it.
		driver.get("about:blank");
		((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/**
	 * Fails with every Content-Security-Policy violation the browser reported since the last check: a page whose
	 * script, style or htmx behaviour the policy blocks works differently for users than in the test.
	 */
	@AfterEach
	void assertNoCspViolations() {
		List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
		assertThat(violations).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	protected WebDriver browser() {
		return driver;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	/** The password of the accounts the test signs in as. */
	protected String password() {
		return TestData.PASSWORD;
	}

	/** Signs in through the login form and lands on the home page. */
	protected void login(String username) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password());
		clickAndWait("main form button[type=submit]");
		// After a sign-in that a protected page asked for, Spring Security adds "?continue" to the address.
		assertThat(driver.getCurrentUrl()).as("signed in as %s", username).isIn(url("/"), url("/?continue"));
	}

	/** Signs out with the header's button. */
	protected void logout() {
		clickAndWait(".fuel-header form button[type=submit]");
	}

	/**
	 * Clicks a link or button that loads a new page and waits until the browser has left the current one: a click
	 * returns as soon as it is dispatched, not when the next page is there.
	 */
	protected void clickAndWait(String css) {
		clickAndWait(find(css));
	}

	/** As {@link #clickAndWait(String)}, for an element found another way (by link text, by XPath). */
	protected void clickAndWait(WebElement element) {
		WebElement current = find("html");
		element.click();
		waiting().until(ExpectedConditions.stalenessOf(current));
		waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Waits up to 30 s for what a page does after it has loaded (htmx swaps, a new page after a click). */
	protected WebDriverWait waiting() {
		return waitingIn(driver);
	}

	/**
	 * As {@link #waiting()}, for helpers that hold the browser. It looks again every 50 ms rather than WebDriver's
	 * 500 ms, so that a wait ends soon after what it waits for. An element that htmx swaps out while the wait reads it
	 * is read again.
	 */
	static WebDriverWait waitingIn(WebDriver browser) {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	protected WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/** The page's main content as a reader sees it, with non-breaking spaces (amounts, dates) as plain ones. */
	protected String mainText() {
		return find("main").getText().replace('\u00a0', ' ');
	}

	/** Types into the field with the id, replacing what it held. */
	protected void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		if ("date".equals(field.getDomAttribute("type"))) {
			// Chromium's date field takes keystrokes in the browser locale's order; set the ISO value as a picker does.
			((JavascriptExecutor) driver).executeScript(
					"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", field, text);
			return;
		}
		field.clear();
		field.sendKeys(text);
	}

	protected String heading() {
		return find("h1").getText();
	}

	/**
	 * Runs Deque axe-core on the current page against WCAG 2.1 A and AA and fails with every violation, its help text
	 * and the elements it was found on.
	 */
	protected void assertAccessible() {
		// Legacy mode runs axe once in the page itself; the default runs it in parts and finishes in a new window,
		// injecting axe twice, which matters only for pages with frames from other origins, and Fuel has no frames.
		var results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not run on " + driver.getCurrentUrl() + ": "
					+ results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(violations.size() + " accessibility violation(s) on " + driver.getCurrentUrl()
					+ ":\n" + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
				+ rule.getNodes().stream().map(BrowserTest::describe).collect(Collectors.joining());
	}

	private static String describe(CheckedNode node) {
		return "\n    at " + node.getTarget() + ": " + node.getFailureSummary();
	}
}
