package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import se.fuel.grants.GrantView;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The follow-up pages an officer works in, in a real Chromium with axe-core: a grant with its lead and partner
 * organisations and its reminder log, the payment instructions per decision, and the outbox filtered and paged.
 */
class GrantFollowUpPagesBrowserIT extends BrowserTest {

	// A year of the test's own: a round is decided for every application of its year.
	int year;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	ApplicationContext context;

	@Autowired
	FundCycle cycle;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_grant_shows_its_organisations_and_reminders_and_the_money_overview_its_decision() throws Exception {
		year = cycle.year();
		var journeys = new GrantJourneys(context);
		var applicant = journeys.applicant();
		UUID first = journeys.district();
		UUID second = journeys.district();
		String title = "Samverkan i söder " + tag;
		GrantView grant = journeys.granted(year, applicant, title, 200_000, "§ 6", first, second);
		String officer = journeys.officer();
		// A reminder sent in the year after the grant's: only the reminder task writes them, on the day it runs.
		jdbc.sql("""
				insert into grant_reminder (id, grant_id, kind, step, due_date, sent_on, recipients, created_at)
				values (?, ?, 'REPORT', 'WEEK_AFTER', ?, ?, 2, now())""")
			.params(UUID.randomUUID(), grant.id(), java.time.LocalDate.of(year + 1, 2, 28),
					java.time.LocalDate.of(year + 1, 3, 7))
			.update();

		login(officer);
		open("/grants?year=" + year);
		String overview = mainText();
		assertThat(overview).contains("Utbetalningsunderlag per beslut", "§ 6", title);
		assertThat(find("#grant-decisions a.decision-csv").getDomAttribute("href"))
			.startsWith("/grants/decisions/").endsWith("/payments.csv");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(title)));
		String page = mainText();
		assertThat(page).contains("Förvaltning", applicant.organisationName(), "Samverkanspartner",
				journeys.nameOf(first), journeys.nameOf(second));
		assertThat(find("#reminders").getText()).contains("Påminnelse skickad " + (year + 1) + "-03-07");
		assertAccessible();
		logout();

		login(applicant.username());
		open("/grants/" + grant.id());
		assertThat(mainText()).contains("Samverkanspartner", journeys.nameOf(first), journeys.nameOf(second));
		assertThat(browser().findElements(By.id("reminders"))).isEmpty();
		assertAccessible();
	}

	@Test
	void the_outbox_is_filtered_by_kind_and_paged_accessibly() {
		// More old reminders than a page holds, written straight to the outbox: no person writes mail of 2001.
		for (int i = 0; i < 51; i++) {
			jdbc.sql("""
					insert into mail_outbox (id, version, created_at, recipient_address, recipient_name, kind, subject,
					  body, status, attempts) values (?, 0, timestamptz '2001-01-01 12:00+01', 'x@test.example',
					  'X', 'REMINDER', ?, 'Hej X', 'OUTBOX_ONLY', 0)""")
				.params(UUID.randomUUID(), "Gammal påminnelse " + tag + " " + i)
				.update();
		}
		login(data.officer());
		clickAndWait("nav.fuel-nav a[href='/mail/outbox']");
		new Select(find("#filter-kind")).selectByVisibleText("Påminnelser");
		clickAndWait("#outbox-filter button[type=submit]");
		assertThat(browser().getCurrentUrl()).endsWith("/mail/outbox?kind=REMINDER");
		assertThat(find("main caption").getText()).contains("sida 1 av");
		assertAccessible();
		clickAndWait("#outbox-next");
		assertThat(browser().getCurrentUrl()).contains("kind=REMINDER", "page=2");
		assertThat(find("main caption").getText()).contains("sida 2 av");
		assertAccessible();
		clickAndWait("#outbox-previous");
		assertThat(find("main caption").getText()).contains("sida 1 av");
	}

}
