package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * End-to-end tests in a real headless Chromium against the whole application on a random port, with the same
 * throw-away database and demo data as the MVC tests. One browser per test class; every test starts signed out.
 * Uses Debian's chromium and chromedriver so that nothing is downloaded while the tests run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestData.class, FundCycle.class })
public abstract class BrowserTest {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	// Selenium 4.43 has no DevTools bindings for this Chromium and warns so on every start; these tests use none.
	private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

	private static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(new File(CHROMEDRIVER).canExecute()).as("%s from Debian's chromium-driver package (see docs/architecture.md, Tests)", CHROMEDRIVER).isTrue();
		assertThat(new File(CHROMIUM).canExecute()).as("%s from Debian's chromium package (see docs/architecture.md, Tests)", CHROMIUM).isTrue();
		// With the driver given, Selenium skips Selenium Manager, which would otherwise try to download a browser.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
		profile = Files.createTempDirectory("fuel-chromium-");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000");
		// The console, so that a Content-Security-Policy violation on any page fails the test (assertNoCspViolations).
		options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@BeforeEach
	void startSignedOut() {
		// Cookies can only be cleared for the site the browser is on.
		open("/login");
		driver.manage().deleteAllCookies();
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

	/** Signs in through the login form as a demo account (password {@code demo}) and lands on the home page. */
	protected void login(String username) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo");
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
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(current));
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
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
		var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
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
