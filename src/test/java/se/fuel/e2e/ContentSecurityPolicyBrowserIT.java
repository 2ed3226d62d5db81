package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.testdata.TestData;

/** The policy is in force in the browser, and the console check every browser test ends with does see a violation. */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void an_inline_script_added_to_a_page_is_blocked_and_reported_in_the_console() {
		login(data.officer());
		((JavascriptExecutor) browser()).executeScript(
				"var s = document.createElement('script'); s.textContent = 'window.fuelInjected = true;';"
						+ " document.body.appendChild(s);");
		assertThat(((JavascriptExecutor) browser()).executeScript("return window.fuelInjected === true")).isEqualTo(false);
		List<String> console = browser().manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.toList();
		assertThat(console).anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
	}

	@Test
	void govuk_frontend_and_htmx_run_from_their_files() {
		login(data.officer());
		var js = (JavascriptExecutor) browser();
		assertThat(js.executeScript("return document.body.classList.contains('govuk-frontend-supported')")).isEqualTo(true);
		assertThat(js.executeScript("return typeof htmx !== 'undefined' && htmx.config.allowEval === false"
				+ " && htmx.config.includeIndicatorStyles === false")).isEqualTo(true);
	}

	@Test
	void swagger_ui_shows_the_api_to_an_administrator_under_the_policy() {
		login(data.admin());
		open("/swagger-ui/index.html");
		waiting()
			.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".swagger-ui .info .title")).isEmpty());
		assertThat(find(".swagger-ui .info .title").getText()).contains("Fuel API");
	}
}
