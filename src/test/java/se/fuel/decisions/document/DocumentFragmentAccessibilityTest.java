package se.fuel.decisions.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.DocumentView;

/**
 * The document fragment, superseded and current, on a bare page with GOV.UK Frontend's styles in headless Chromium:
 * axe-core finds no WCAG 2.1 A/AA violation. Needs no Spring context: the page around it is tested by its owner.
 */
class DocumentFragmentAccessibilityTest {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static Path dir;

	private static WebDriver driver;

	private static SpringTemplateEngine engine;

	@BeforeAll
	static void start() throws IOException {
		dir = Files.createTempDirectory("fuel-document-");
		try (InputStream css = DocumentFragmentAccessibilityTest.class
			.getResourceAsStream("/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")) {
			assertThat(css).as("GOV.UK Frontend's stylesheet").isNotNull();
			Files.copy(css, dir.resolve("govuk-frontend.min.css"));
		}
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--allow-file-access-from-files", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,1000");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stop() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	private static void open(DocumentView document, String name) throws IOException {
		String html = engine.process("decisions/document-test-page",
				new Context(SwedishFormat.SWEDISH, Map.of("document", document)));
		Path page = dir.resolve(name + ".html");
		Files.writeString(page, html, StandardCharsets.UTF_8);
		driver.get(page.toUri().toString());
	}

	private static void assertAccessible() {
		var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("rules axe-core checked and passed").isNotEmpty();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> violations.stream()
			.map(r -> r.getId() + ": " + r.getHelp() + " at "
					+ r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	@Test
	void the_current_document_has_no_accessibility_violations() throws IOException {
		var fixtures = new DocumentFixtures();
		open(DocumentFixtures.view(fixtures.composer().compose(2024, DocumentFixtures.texts(), fixtures.lines), true),
				"current");
		assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("table caption"))).hasSize(3);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Attesterat av")
			.doesNotContain("har ersatts av en senare version");
		assertAccessible();
	}

	@Test
	void a_superseded_document_is_marked_and_has_no_accessibility_violations() throws IOException {
		var fixtures = new DocumentFixtures();
		open(DocumentFixtures.view(fixtures.composer().compose(2024, DocumentFixtures.texts(), fixtures.lines), false),
				"superseded");
		assertThat(driver.findElement(By.cssSelector(".fuel-document__marker")).getText()).contains("Ersatt",
				"har ersatts av en senare version");
		assertAccessible();
	}
}
