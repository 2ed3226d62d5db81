package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.grants.GrantView;

/** "Beviljade medel" in a real browser, checked with axe-core: the officer's list with its year filter, a grant. */
class GrantPagesBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	GrantJourneys journeys;

	GrantJourneys.Applicant applicant;

	String officer;

	GrantView grant;

	String title;

	/** An application of a district of its own, granted 300 000 kronor by the committee in a year of its own. */
	@BeforeEach
	void granted() throws Exception {
		journeys = new GrantJourneys(context);
		applicant = journeys.applicant();
		officer = journeys.officer();
		title = "Webbtest av beviljade medel " + UUID.randomUUID().toString().substring(0, 8);
		grant = journeys.granted(applicant, title, 300_000, "§ 3");
	}

	@Test
	void the_grant_pages_are_accessible_for_officers_and_the_granted_organisation() {
		login(officer);
		clickAndWait("nav.fuel-nav a[href='/grants']");
		assertThat(heading()).isEqualTo("Beviljade medel");
		assertThat(find("main").getText()).contains(title);
		assertAccessible();
		new Select(find("#filter-year")).selectByVisibleText(String.valueOf(grant.year()));
		clickAndWait("main form button[type=submit]");
		assertThat(browser().getCurrentUrl()).endsWith("/grants?year=" + grant.year());
		assertThat(find("main").getText()).contains(title);
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("main").getText()).contains("Beviljat belopp", "300 000 kronor", "Händelser");
		assertAccessible();
		logout();

		login(applicant.username());
		clickAndWait("nav.fuel-nav a[href='/grants']");
		assertThat(find("main").getText()).contains(title);
		assertAccessible();
	}

	@Test
	void the_payment_and_repayment_forms_work_and_are_accessible_with_and_without_errors() {
		login(officer);
		open("/grants?year=" + grant.year());
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("main").getText()).contains("Registrera utbetalning", "Registrera mottagen återbetalning");
		assertAccessible();

		find("#payment-paidOn").sendKeys(grant.year() + "-01-31");
		find("#payment-amount").sendKeys("400000");
		clickAndWait(find("form[action$='/payments'] button[type=submit]"));
		assertThat(find(".govuk-error-summary").getText())
			.contains("Belopp får inte vara mer än det som återstår att betala ut: 300 000 kronor.");
		assertAccessible();

		find("#payment-amount").clear();
		find("#payment-amount").sendKeys("300000");
		clickAndWait(find("form[action$='/payments'] button[type=submit]"));
		assertThat(find("main").getText()).contains("Utbetalningen är registrerad.", "Utbetald");
		assertThat(find("#money-paid").getText()).isEqualTo("300 000 kronor");
		assertAccessible();
		logout();

		login(applicant.username());
		open("/grants");
		clickAndWait(browser().findElement(By.linkText(title)));
		find("#notice-amount").sendKeys("40000");
		find("#notice-note").sendKeys("Färre deltagare än planerat");
		clickAndWait(find("form[action$='/repayment-notice'] button[type=submit]"));
		assertThat(find("#money-outstanding").getText()).contains("40 000 kronor", "Återbetalning saknas");
		assertAccessible();
	}

	@Test
	void the_report_due_date_form_is_accessible_with_and_without_errors() {
		login(officer);
		open("/grants?year=" + grant.year());
		clickAndWait(browser().findElement(By.linkText(title)));
		find("#dueDate-reportDueDate").sendKeys("snart");
		clickAndWait(find("form[action$='/report-due-date'] button[type=submit]"));
		assertThat(find(".govuk-error-summary").getText())
			.contains("Ny sista dag för redovisning måste vara ett datum", "Skäl måste anges");
		assertAccessible();
		find("#dueDate-reportDueDate").clear();
		find("#dueDate-reportDueDate").sendKeys((grant.year() + 1) + "-06-30");
		find("#dueDate-reason").sendKeys("Projektet startade ett halvår senare.");
		clickAndWait(find("form[action$='/report-due-date'] button[type=submit]"));
		assertThat(find("#report-due-date").getText()).isEqualTo((grant.year() + 1) + "-06-30");
		assertThat(find("#report-due-date-reason").getText()).contains("Projektet startade ett halvår senare.");
		assertAccessible();
	}
}
