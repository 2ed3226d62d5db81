package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.internal.StoredApplications;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;

/** "Beviljade medel" in a real browser, checked with axe-core: the officer's list with its year filter, a grant. */
class GrantPagesBrowserIT extends DemoBrowserTest {

	@Autowired
	Calls calls;

	@Autowired
	StoredApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	/** A submitted Farsta application of 2027, granted by a committee decision published here. */
	String grantedTitle() {
		CallView lum = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027)
			.findFirst().orElseThrow();
		UUID farsta = jdbc.sql("select id from organisation where code = 'farsta'").query(UUID.class).single();
		String title = "Webbtest av beviljade medel " + UUID.randomUUID().toString().substring(0, 8);
		String number = "E2E " + UUID.randomUUID().toString().substring(0, 12);
		transaction.executeWithoutResult(tx -> {
			UUID a = applications.submitted(lum.id(), farsta, new ApplicationContent(title, "Test", "test@example.se", null,
					null, null, List.of(new ApplicationContent.Line("Lön", 300_000)), 300_000L,
					LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Set.of(), null, null, null, false), number);
			events.publishEvent(new CommitteeDecided(2027, UUID.randomUUID(), LocalDate.of(2026, 12, 10), "§ 3",
					List.of(new ApplicationOutcome(a, lum.id(), number, title, "LUM", 2027, farsta,
							DecisionOutcome.GRANTED, 300_000, 300_000, "", LocalDate.of(2026, 12, 10), "§ 3"))));
		});
		return title;
	}

	@Test
	void the_grant_pages_are_accessible_for_officers_and_the_granted_organisation() {
		String title = grantedTitle();
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/grants']");
		assertThat(heading()).isEqualTo("Beviljade medel");
		assertThat(find("main").getText()).contains(title);
		assertAccessible();
		new Select(find("#filter-year")).selectByVisibleText("2027");
		clickAndWait("main form button[type=submit]");
		assertThat(browser().getCurrentUrl()).endsWith("/grants?year=2027");
		assertThat(find("main").getText()).contains(title);
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("main").getText()).contains("Beviljat belopp", "300 000 kronor", "Händelser");
		assertAccessible();
		logout();

		login("farsta");
		clickAndWait("nav.fuel-nav a[href='/grants']");
		assertThat(find("main").getText()).contains(title);
		assertAccessible();
	}

	@Test
	void the_payment_and_repayment_forms_work_and_are_accessible_with_and_without_errors() {
		String title = grantedTitle();
		login("handlaggare");
		open("/grants?year=2027");
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("main").getText()).contains("Registrera utbetalning", "Registrera mottagen återbetalning");
		assertAccessible();

		find("#payment-paidOn").sendKeys("2027-01-31");
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

		login("farsta");
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
		String title = grantedTitle();
		login("handlaggare");
		open("/grants?year=2027");
		clickAndWait(browser().findElement(By.linkText(title)));
		find("#dueDate-reportDueDate").sendKeys("snart");
		clickAndWait(find("form[action$='/report-due-date'] button[type=submit]"));
		assertThat(find(".govuk-error-summary").getText())
			.contains("Ny sista dag för redovisning måste vara ett datum", "Skäl måste anges");
		assertAccessible();
		find("#dueDate-reportDueDate").clear();
		find("#dueDate-reportDueDate").sendKeys("2028-06-30");
		find("#dueDate-reason").sendKeys("Projektet startade ett halvår senare.");
		clickAndWait(find("form[action$='/report-due-date'] button[type=submit]"));
		assertThat(find("#report-due-date").getText()).isEqualTo("2028-06-30");
		assertThat(find("#report-due-date-reason").getText()).contains("Projektet startade ett halvår senare.");
		assertAccessible();
	}
}
