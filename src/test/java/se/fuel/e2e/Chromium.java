package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The headless Chromium the browser tests of one test JVM share, started by the first of them and quit when JUnit
 * closes its root context, after the JVM's last test class. Each JVM (failsafe forks two) has its own, with its own
 * profile folder.
 */
final class Chromium implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	// Selenium 4.43 has no DevTools bindings for this Chromium and warns so on every start; these tests use none.
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	private final WebDriver driver;

	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** The JVM's Chromium, started on first use. */
	static WebDriver shared(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> start(), Chromium.class)
			.driver;
	}

	private static Chromium start() {
		assertThat(new File(CHROMEDRIVER).canExecute()).as("%s from Debian's chromium-driver package (see docs/architecture.md, Tests)", CHROMEDRIVER).isTrue();
		assertThat(new File(CHROMIUM).canExecute()).as("%s from Debian's chromium package (see docs/architecture.md, Tests)", CHROMIUM).isTrue();
		// With the driver given, Selenium skips Selenium Manager, which would otherwise try to download a browser.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		SELENIUM_LOG.setLevel(Level.SEVERE);
		Path profile;
		try {
			profile = Files.createTempDirectory("fuel-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000");
		// The console, so that a Content-Security-Policy violation on any page fails the test (assertNoCspViolations).
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
		return new Chromium(driver, profile);
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}
}
