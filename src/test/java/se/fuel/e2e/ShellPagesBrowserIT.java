package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.TestData;

/**
 * The shell every page shares — login, home, errors, language, accessibility statement — in a real browser, as the
 * test's own accounts.
 */
class ShellPagesBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	Identity identity;

	@Autowired
	Organisations organisations;

	@Test
	void the_login_page_is_swedish_and_accessible() {
		open("/login");
		assertThat(heading()).isEqualTo("Logga in");
		assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
		assertAccessible();
	}

	@Test
	void a_failed_login_shows_an_accessible_error_summary_that_links_to_the_field() {
		String applicant = data.applicant(data.district());
		open("/login");
		find("#username").sendKeys(applicant);
		find("#password").sendKeys("fel");
		clickAndWait("main form button[type=submit]");
		assertThat(browser().getCurrentUrl()).endsWith("/login?error");
		assertThat(find(".govuk-error-summary").getText()).contains("Fel användarnamn eller lösenord");
		assertThat(find(".govuk-error-summary a").getAttribute("href")).endsWith("#username");
		assertAccessible();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "OFFICER, FoU-handläggare", "APPLICANT, Sökande", "COUNCIL, FoU-rådet", "ATTESTANT, Attestant",
			"READER, Läsare", "ADMIN, Administratör" })
	void every_role_gets_an_accessible_home_page_naming_the_role(Role account, String role) {
		// Applicants and council members belong to a district; the others to a central administration.
		boolean district = account == Role.APPLICANT || account == Role.COUNCIL;
		login(data.user(account, district ? data.district() : data.administration()));
		assertThat(heading()).isEqualTo("Välkommen till Fuel");
		assertThat(find(".fuel-header__user").getText()).contains("(" + role + ")");
		assertThat(browser().findElements(By.cssSelector("nav.fuel-nav a"))).isNotEmpty();
		assertAccessible();
	}

	@Test
	void an_officer_sees_the_officers_menu_and_an_applicant_does_not() {
		login(data.officer());
		assertThat(find("nav.fuel-nav").getText()).contains("Program", "Organisationer");
		logout();
		login(data.applicant(data.district()));
		assertThat(find("nav.fuel-nav").getText()).contains("Mina ansökningar").doesNotContain("Organisationer");
	}

	@Test
	void the_accessibility_statement_is_public_accessible_and_linked_from_the_footer() {
		open("/login");
		clickAndWait("footer a[href$='/tillganglighet']");
		assertThat(heading()).isEqualTo("Tillgänglighetsredogörelse för Fuel");
		var text = find("main").getText();
		assertThat(text).contains("delvis förenlig", "Myndigheten för digital förvaltning", "axe-core",
				"enbart tangentbord", "23 november 2026");
		assertThat(find("a[href='https://www.digg.se/tdosanmalan']").isDisplayed()).isTrue();
		assertAccessible();
	}

	@Test
	void an_unknown_page_answers_an_accessible_swedish_404_page() {
		login(data.applicant(data.district()));
		open("/finns-inte");
		assertThat(heading()).isEqualTo("Sidan hittades inte");
		assertThat(find("main a[href='/']").getText()).isEqualTo("Till startsidan");
		assertAccessible();
	}

	@Test
	void a_paused_sign_in_says_so_in_an_accessible_error_summary() {
		open("/login?throttled=3");
		assertThat(find(".govuk-error-summary").getText()).contains("För många inloggningsförsök");
		assertAccessible();
	}

	@Test
	void a_request_no_page_can_take_answers_an_accessible_400_page_naming_the_field() {
		open("/login?hint=a%01b");
		assertThat(heading()).isEqualTo("Begäran kunde inte hanteras");
		assertThat(find("#request-problems").getText()).contains("\u201Dhint\u201D");
		assertAccessible();
	}

	@Test
	void english_is_one_switch_away_and_stays_accessible() {
		open("/login");
		clickAndWait(".fuel-lang a[hreflang=en]");
		assertThat(heading()).isEqualTo("Sign in");
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertAccessible();
		login(data.applicant(data.district()));
		assertThat(heading()).isEqualTo("Welcome to Fuel");
		assertAccessible();
		open("/tillganglighet");
		assertThat(heading()).isEqualTo("Accessibility statement for Fuel");
		assertAccessible();
		clickAndWait(".fuel-lang a[hreflang=sv]");
		assertThat(heading()).isEqualTo("Tillgänglighetsredogörelse för Fuel");
	}

	@Test
	void logging_in_and_out_works() {
		UUID district = data.district();
		String applicant = data.applicant(district);
		String name = data.as(applicant, identity::current).displayName();
		open("/");
		assertThat(browser().getCurrentUrl()).isEqualTo(url("/login"));
		login(applicant);
		assertThat(find(".fuel-header__user").getText()).contains(name, organisations.nameOf(district));
		logout();
		assertThat(browser().getCurrentUrl()).isEqualTo(url("/login?logout"));
		assertThat(find(".govuk-notification-banner").getText()).contains("Du är utloggad");
		assertAccessible();
		open("/");
		assertThat(browser().getCurrentUrl()).isEqualTo(url("/login"));
	}

	@Test
	void the_accessibility_check_fails_with_each_violation_and_where_it_is() {
		open("/login");
		((JavascriptExecutor) browser()).executeScript("""
				const img = document.createElement('img');
				img.id = 'no-alt';
				img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
				document.querySelector('main').append(img);
				""");
		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt")
			.hasMessageContaining("#no-alt");
	}

	@Test
	void the_pages_use_fuels_own_font_served_by_fuel_and_never_the_gov_uk_font() {
		open("/login?error");
		assertNoElementInGovUkFont();
		login(data.officer());
		assertNoElementInGovUkFont();
		Object loaded = ((JavascriptExecutor) browser()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				document.fonts.ready.then(() => done([...document.fonts]
				  .filter(f => f.family.replaceAll('"', '') === 'Source Sans Pro' && f.status === 'loaded').length));
				""");
		assertThat(((Number) loaded).intValue()).as("Source Sans Pro faces loaded from the WebJar").isPositive();
		assertThat(find("h1").getCssValue("font-family")).startsWith("\"Source Sans Pro\"");
	}

	private void assertNoElementInGovUkFont() {
		Object inGovUkFont = ((JavascriptExecutor) browser()).executeScript("""
				return [...document.querySelectorAll('*')]
				  .filter(e => getComputedStyle(e).fontFamily.includes('GDS Transport'))
				  .map(e => e.tagName + '.' + e.className).slice(0, 10);
				""");
		assertThat((java.util.List<?>) inGovUkFont).as("elements in GOV.UK's font on %s", browser().getCurrentUrl())
			.isEmpty();
	}
}
